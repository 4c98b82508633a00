package io.cloudstorage.connect.spi.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link RecordFormat} must do: read an object's records in order, and resume from the position of
 * any record with exactly the records after it. A format's test extends this class and provides samples.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RecordFormatContractTest {

    /** An object's content and the values a reader must yield for it, in order. */
    public record Sample(String name, byte[] content, List<Object> expectedValues) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final int RESUME_POINTS = 100;

    protected abstract RecordFormat format();

    protected abstract Stream<Sample> samples();

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void readsEveryRecordInOrderNumberedFromOne(Sample sample) throws IOException {
        List<FormatRecord> records = readAll(sample, ReadPosition.START);

        List<Object> expected = sample.expectedValues().stream().map(RecordFormatContractTest::comparable).toList();
        assertThat(records).extracting(record -> comparable(record.value())).containsExactlyElementsOf(expected);
        for (int i = 0; i < records.size(); i++) {
            assertThat(records.get(i).number()).as("number of record %d", i + 1).isEqualTo(i + 1);
        }
    }

    /** Large samples are resumed at about {@value #RESUME_POINTS} records spread over them, first and last included. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void resumingAtAnyRecordsPositionYieldsExactlyTheRecordsAfterIt(Sample sample) throws IOException {
        List<FormatRecord> all = readAll(sample, ReadPosition.START);

        for (int i : resumePoints(all.size())) {
            List<FormatRecord> rest = readAll(sample, all.get(i).next());
            List<FormatRecord> expected = all.subList(i + 1, all.size());
            assertThat(rest).as("records after record %d", i + 1).hasSameSizeAs(expected);
            for (int j = 0; j < rest.size(); j++) {
                assertThat(comparable(rest.get(j).value())).isEqualTo(comparable(expected.get(j).value()));
                assertThat(rest.get(j).next()).isEqualTo(expected.get(j).next());
                assertThat(rest.get(j).valueSchema()).isEqualTo(expected.get(j).valueSchema());
            }
        }
    }

    private static List<Integer> resumePoints(int records) {
        int stride = Math.max(1, records / RESUME_POINTS);
        List<Integer> points = new ArrayList<>();
        for (int i = 0; i < records; i += stride) {
            points.add(i);
        }
        if (records > 0 && points.get(points.size() - 1) != records - 1) {
            points.add(records - 1);
        }
        return points;
    }

    private List<FormatRecord> readAll(Sample sample, ReadPosition start) throws IOException {
        List<FormatRecord> records = new ArrayList<>();
        try (RecordReader reader = format().open(new InMemoryContent(sample.name(), sample.content()), start)) {
            for (FormatRecord record = reader.next(); record != null; record = reader.next()) {
                records.add(record);
            }
            assertThat(reader.next()).as("a reader stays at its end").isNull();
        }
        return records;
    }

    /** Byte-array values are compared by content. */
    private static Object comparable(Object value) {
        return value instanceof byte[] bytes ? Arrays.toString(bytes) : value;
    }
}
