package io.cloudstorage.connect.format.json;

import static io.cloudstorage.connect.format.json.Reads.FAILURE;
import static io.cloudstorage.connect.format.json.Reads.content;
import static io.cloudstorage.connect.format.json.Reads.failing;
import static io.cloudstorage.connect.format.json.Reads.map;
import static io.cloudstorage.connect.format.json.Reads.readAll;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.InMemoryContent;
import io.cloudstorage.connect.spi.format.MalformedRecord;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.ReadResult;
import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordReader;

class JsonLinesFormatTest {

    private static final Map<String, String> SCHEMALESS = Map.of(JsonLinesFormatProvider.SCHEMA_MODE, "schemaless");

    @Test
    void positionsAreTheByteOffsetsWhereTheNextLineStarts() throws IOException {
        List<ReadResult> results = readAll(format(SCHEMALESS), content("1\r\n\n{\"a\":2}\n  \nx\n3"));

        assertThat(results).extracting(ReadResult::next).containsExactly(new ReadPosition(1, 3, 0),
                new ReadPosition(2, 12, 0), new ReadPosition(3, 17, 0), new ReadPosition(4, 18, 0));
    }

    @Test
    void resumingDoesNotReadTheBytesBeforeThePosition() throws IOException {
        InMemoryContent content = content("{\"line\":1}\n".repeat(1000) + "{\"line\":2}\n");

        List<ReadResult> rest = readAll(format(SCHEMALESS), content, new ReadPosition(1000, 11_000, 0));

        assertThat(rest).extracting(result -> ((FormatRecord) result).value()).containsExactly(map("line", 2L));
        assertThat(rest).extracting(ReadResult::number).containsExactly(1001L);
        assertThat(content.bytesOpened()).isEqualTo(11);
    }

    @Test
    void aLineThatIsNotJsonIsAMalformedRecordHoldingTheLineAndReadingGoesOn() throws IOException {
        List<ReadResult> results = readAll(format(SCHEMALESS), content("1\n{\"a\": tru}\r\n2\n"));

        assertThat(results).hasSize(3);
        assertThat(results.get(1)).isInstanceOfSatisfying(MalformedRecord.class, malformed -> {
            assertThat(malformed.raw()).asString(UTF_8).isEqualTo("{\"a\": tru}");
            assertThat(malformed.reason()).startsWith("The line is not valid JSON at column 7: ").contains("tru");
            assertThat(malformed.next()).isEqualTo(new ReadPosition(2, 14, 0));
        });
        assertThat(((FormatRecord) results.get(2)).value()).isEqualTo(2L);
    }

    @Test
    void aLineHoldingTwoValuesIsMalformed() throws IOException {
        List<ReadResult> results = readAll(format(SCHEMALESS), content("{\"a\":1} {\"b\":2}\n"));

        assertThat(results).singleElement().isInstanceOfSatisfying(MalformedRecord.class,
                malformed -> assertThat(malformed.reason()).contains("more than one JSON value"));
    }

    @Test
    void aLineLongerThanTheLimitIsSteppedOverHoldingOnlyItsFirstBytes() throws IOException {
        RecordFormat format = format(Map.of(JsonLinesFormatProvider.MAX_BYTES, "100000",
                JsonLinesFormatProvider.SCHEMA_MODE, "schemaless"));

        List<ReadResult> results = readAll(format, content("\"" + "x".repeat(999_998) + "\"\n\"after\""));

        assertThat(results.get(0)).isInstanceOfSatisfying(MalformedRecord.class, malformed -> {
            assertThat(malformed.raw()).hasSize(100_000).startsWith('"', 'x');
            assertThat(malformed.reason()).contains("jsonl.max.bytes=100000", "1000000 bytes");
            assertThat(malformed.next()).isEqualTo(new ReadPosition(1, 1_000_001, 0));
        });
        assertThat(((FormatRecord) results.get(1)).value()).isEqualTo("after");
    }

    @Test
    void aLineOfExactlyTheLimitIsReadWhateverItsLineEnding() throws IOException {
        RecordFormat format = format(Map.of(JsonLinesFormatProvider.MAX_BYTES, "7",
                JsonLinesFormatProvider.SCHEMA_MODE, "schemaless"));

        List<ReadResult> results = readAll(format, content("\"12345\"\r\n\"12345\"\n\"123456\"\r\n\"12345\""));

        assertThat(results).extracting(result -> result instanceof FormatRecord record ? record.value() : "bad")
                .containsExactly("12345", "12345", "bad", "12345");
    }

    @Test
    void aLineSpanningBufferRefillsWithItsCrlfSplitIsOneRecord() throws IOException {
        String first = "\"" + "z".repeat(64 * 1024 - 3) + "\"";

        List<Object> values = Reads.values(format(SCHEMALESS), first + "\r\n\"next\"");

        assertThat(values).containsExactly(first.substring(1, first.length() - 1), "next");
    }

    @Test
    void honoursRecordsToSkipAfterTheSeekPoint() throws IOException {
        List<ReadResult> results = readAll(format(SCHEMALESS), content("1\n\n2\n3\n"), new ReadPosition(2, 0, 2));

        assertThat(results).extracting(result -> ((FormatRecord) result).value()).containsExactly(3L);
        assertThat(results).extracting(ReadResult::number).containsExactly(3L);
    }

    @Test
    void schemalessValuesComeWithoutASchema() throws IOException {
        List<FormatRecord> records = Reads.records(format(SCHEMALESS), "{\"a\":[1,2.5]}\n\"s\"\n");

        assertThat(records).extracting(FormatRecord::valueSchema).containsOnlyNulls();
        assertThat(records.get(0).value()).isEqualTo(map("a", List.of(1L, 2.5)));
    }

    @Test
    void aFailureOfTheContentIsThrownUnchangedAfterTheRecordsBeforeIt() throws IOException {
        byte[] text = "{\"a\":1}\n{\"a\":2}\n{\"a\":3}\n".getBytes(UTF_8);

        try (RecordReader reader = format(SCHEMALESS).open(failing(text, 20), ReadPosition.START)) {
            assertThat(reader.next().number()).isEqualTo(1);
            assertThat(reader.next().number()).isEqualTo(2);
            assertThatThrownBy(reader::next).isSameAs(FAILURE);
        }
    }

    private static RecordFormat format(Map<String, String> props) {
        return new JsonLinesFormatProvider().create(props);
    }
}
