package io.cloudstorage.connect.benchmarks.micro;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.ReadResult;
import io.cloudstorage.connect.spi.format.RecordReader;

/** The benchmarks measure what they claim only if every sample object reads back as all of its rows. */
class SampleObjectsTest {

    static final List<String> FORMATS = SampleObjects.FORMATS;

    @ParameterizedTest
    @FieldSource("FORMATS")
    void eachFormatsSampleReadsBackAsEveryRowWithoutMalformedRecords(String format) throws IOException {
        List<Row> rows = Rows.generate(500, 256, 7);
        SampleObject sample = SampleObjects.of(format, rows);

        List<ReadResult> results = new ArrayList<>();
        try (RecordReader reader = Formats.create(format, sample.settings()).open(sample.content(),
                ReadPosition.START)) {
            for (ReadResult result = reader.next(); result != null; result = reader.next()) {
                results.add(result);
            }
        }

        assertThat(results).hasSize(rows.size()).allMatch(FormatRecord.class::isInstance);
    }

    @Test
    void rowsAreTheSameForTheSameSeedAndTheirJsonLinesHaveTheSizeAskedFor() {
        List<Row> rows = Rows.generate(100, 300, 11);

        assertThat(Rows.generate(100, 300, 11)).isEqualTo(rows);
        assertThat(Rows.generate(100, 300, 12)).isNotEqualTo(rows);
        assertThat(rows).allSatisfy(row -> assertThat(Rows.toJson(row)).hasSize(300));
    }

    @Test
    void aRowSizeTooSmallForTheFieldsIsRefused() {
        assertThatThrownBy(() -> Rows.generate(1, 40, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot hold a row");
    }

    @Test
    void linesHaveExactlyTheSizeAskedFor() {
        byte[] lines = Words.lines(50, 100, 3);

        assertThat(lines).hasSize(50 * 100);
        assertThat(new String(lines, US_ASCII).split("\n", -1))
                .hasSize(51).allSatisfy(line -> assertThat(line.length()).isIn(0, 99));
    }
}
