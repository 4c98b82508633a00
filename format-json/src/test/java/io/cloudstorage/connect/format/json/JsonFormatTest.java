package io.cloudstorage.connect.format.json;

import static io.cloudstorage.connect.format.json.Reads.FAILURE;
import static io.cloudstorage.connect.format.json.Reads.content;
import static io.cloudstorage.connect.format.json.Reads.failing;
import static io.cloudstorage.connect.format.json.Reads.map;
import static io.cloudstorage.connect.format.json.Reads.readAll;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.InMemoryContent;
import io.cloudstorage.connect.spi.format.MalformedDataException;
import io.cloudstorage.connect.spi.format.MalformedRecord;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.ReadResult;
import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordReader;

class JsonFormatTest {

    private static final Map<String, String> SCHEMALESS = Map.of(JsonFormatProvider.SCHEMA_MODE, "schemaless");

    @Test
    void positionsInsideAnArrayAreTheOffsetsWhereTheNextElementStarts() throws IOException {
        List<ReadResult> results = readAll(format(SCHEMALESS), content("[1, {\"a\":2} ,\n \"x\"]"));

        assertThat(results).extracting(ReadResult::next).containsExactly(new ReadPosition(1, 4, 0),
                new ReadPosition(2, 15, 0), new ReadPosition(3, 18, 0));
    }

    @Test
    void resumingInsideAnArrayReadsNothingBeforeThePosition() throws IOException {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < 1000; i++) {
            text.append("{\"i\":").append(1000 + i).append("},");
        }
        text.append("{\"i\":\"last\"}]");
        InMemoryContent content = content(text.toString());
        ReadPosition afterThousand = readAll(format(SCHEMALESS), content).get(999).next();
        long before = content.bytesOpened();

        List<ReadResult> rest = readAll(format(SCHEMALESS), content, afterThousand);

        assertThat(afterThousand).isEqualTo(new ReadPosition(1000, 11_001, 0));
        assertThat(rest).extracting(result -> ((FormatRecord) result).value()).containsExactly(map("i", "last"));
        assertThat(rest).extracting(ReadResult::number).containsExactly(1001L);
        assertThat(content.bytesOpened() - before).isEqualTo(text.length() - 11_001);
    }

    @Test
    void theDocumentIsOneRecordWhosePositionIsTheEndOfTheContent() throws IOException {
        InMemoryContent content = content(" {\"a\":[1,2]} \n");

        List<ReadResult> results = readAll(format(SCHEMALESS), content);

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(((FormatRecord) result).value()).isEqualTo(map("a", List.of(1L, 2L)));
            assertThat(result.next()).isEqualTo(new ReadPosition(1, 14, 0));
        });
        assertThat(readAll(format(SCHEMALESS), content, results.get(0).next())).isEmpty();
    }

    @Test
    void invalidJsonInsideAnArrayEndsTheObjectAfterTheElementsBeforeIt() throws IOException {
        try (RecordReader reader = format(SCHEMALESS).open(content("[1,2,{x:3},4]"), ReadPosition.START)) {
            assertThat(((FormatRecord) reader.next()).value()).isEqualTo(1L);
            assertThat(((FormatRecord) reader.next()).value()).isEqualTo(2L);
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(MalformedDataException.class, e -> {
                assertThat(e.recordNumber()).isEqualTo(3);
                assertThat(e.getMessage()).startsWith("Record 3 is not valid JSON at byte 6: ")
                        .doesNotContain("REDACTED");
            });
            assertThatThrownBy(reader::next).isInstanceOf(MalformedDataException.class);
        }
    }

    @Test
    void anErrorRightAfterAnElementComesAfterItAndAgainWhenResumingAfterIt() throws IOException {
        InMemoryContent content = content("[1, 2 , ]");
        ReadResult second;
        try (RecordReader reader = format(SCHEMALESS).open(content, ReadPosition.START)) {
            reader.next();
            second = reader.next();
            assertThat(((FormatRecord) second).value()).isEqualTo(2L);
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(MalformedDataException.class,
                    e -> assertThat(e.recordNumber()).isEqualTo(3));
        }

        assertThat(second.next()).isEqualTo(new ReadPosition(2, 4, 1));
        try (RecordReader resumed = format(SCHEMALESS).open(content, second.next())) {
            assertThatThrownBy(resumed::next).isInstanceOfSatisfying(MalformedDataException.class,
                    e -> assertThat(e.recordNumber()).isEqualTo(3));
        }
    }

    @Test
    void moreJsonAfterTheDocumentIsMalformedDataAfterTheDocumentsRecord() throws IOException {
        try (RecordReader reader = format(SCHEMALESS).open(content("{\"a\":1}\n{\"a\":2}\n"), ReadPosition.START)) {
            ReadResult first = reader.next();
            assertThat(first.next()).isEqualTo(new ReadPosition(1, 0, 1));
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(MalformedDataException.class, e -> {
                assertThat(e.recordNumber()).isEqualTo(2);
                assertThat(e.getMessage()).contains(" at byte 8:", "format=jsonl");
            });
        }
        try (RecordReader reader = format(SCHEMALESS).open(content("[1] [2]"), ReadPosition.START)) {
            reader.next();
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(MalformedDataException.class,
                    e -> assertThat(e.recordNumber()).isEqualTo(2));
        }
    }

    @Test
    void aTruncatedDocumentIsMalformedDataWithoutRecords() throws IOException {
        try (RecordReader reader = format(SCHEMALESS).open(content("{\"a\": [1, 2"), ReadPosition.START)) {
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(MalformedDataException.class,
                    e -> assertThat(e.recordNumber()).isEqualTo(1));
        }
    }

    @Test
    void anElementLargerThanTheLimitEndsTheObjectWithoutReadingMuchOfIt() throws IOException {
        RecordFormat format = format(Map.of(JsonFormatProvider.MAX_BYTES, "1000",
                JsonFormatProvider.SCHEMA_MODE, "schemaless"));
        byte[] text = ("[\"small\", {\"big\": \"" + "x".repeat(10_000_000) + "\"}, 3]").getBytes(UTF_8);

        // The content fails if the reader goes far past the limit: reaching the limit must come first.
        try (RecordReader reader = format.open(failing(text, 100_000), ReadPosition.START)) {
            assertThat(((FormatRecord) reader.next()).value()).isEqualTo("small");
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(MalformedDataException.class, e -> {
                assertThat(e.recordNumber()).isEqualTo(2);
                assertThat(e.getMessage()).contains("json.max.bytes=1000");
            });
        }
    }

    @Test
    void aRecordOfExactlyTheLimitIsReadAndOneByteMoreIsNot() throws IOException {
        RecordFormat format = format(Map.of(JsonFormatProvider.MAX_BYTES, "10",
                JsonFormatProvider.SCHEMA_MODE, "schemaless"));

        assertThat(Reads.values(format, "[\"12345678\",1234567890, {\"a\":1234}]"))
                .containsExactly("12345678", 1234567890L, map("a", 1234L));
        try (RecordReader reader = format.open(content("[\"123456789\"]"), ReadPosition.START)) {
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(MalformedDataException.class,
                    e -> assertThat(e.getMessage()).contains("(11 bytes)"));
        }
    }

    @Test
    void aFailureOfTheContentIsThrownUnchangedWhereverItHappens() throws IOException {
        byte[] text = ("[" + ("{\"a\":\"" + "y".repeat(100) + "\"},").repeat(200) + "1]").getBytes(UTF_8);
        for (int failAfter : new int[] {0, 1, 50, 8_000, 10_000}) {
            try (RecordReader reader = format(SCHEMALESS).open(failing(text, failAfter),
                    ReadPosition.START)) {
                assertThatThrownBy(() -> {
                    while (reader.next() != null) {
                        // Reads until the content fails.
                    }
                }).as("failing after %d bytes", failAfter).isSameAs(FAILURE);
            }
        }
    }

    @Test
    void aFailureWhenResumingIsThrownUnchanged() {
        byte[] text = "[1, 2, 3]".getBytes(UTF_8);

        assertThatThrownBy(() -> readAll(format(SCHEMALESS), failing(text, 4), new ReadPosition(1, 4, 0)))
                .isSameAs(FAILURE);
    }

    @Test
    void anElementThatDoesNotFitTheGivenSchemaHoldsItsJsonText() throws IOException {
        RecordFormat format = format(Map.of(JsonFormatProvider.SCHEMA_MODE, "given",
                JsonFormatProvider.SCHEMA, "{\"type\":\"struct\",\"fields\":[{\"field\":\"id\",\"type\":\"int32\"}]}"));

        List<ReadResult> results = readAll(format, content("[{\"id\": 1}, {\"id\" : [1, 2.5, \"x\", null] }]"));

        assertThat(results.get(1)).isInstanceOfSatisfying(MalformedRecord.class, malformed -> {
            assertThat(malformed.raw()).asString(UTF_8).isEqualTo("{\"id\":[1,2.5,\"x\",null]}");
            assertThat(malformed.reason()).isEqualTo("Field 'id': expected an integer, found an array");
        });
    }

    @Test
    void theElementsOfAnArrayWidenOneInferredSchema() throws IOException {
        List<FormatRecord> records = Reads.records(format(Map.of()),
                "[{\"a\":1},{\"a\":2.5,\"b\":\"x\"},{\"b\":\"y\"}]");

        assertThat(records.get(0).valueSchema().fields()).hasSize(1);
        assertThat(records.get(2).valueSchema()).isSameAs(records.get(1).valueSchema());
        assertThat(records.get(2).valueSchema().field("a").schema()).isEqualTo(Schema.OPTIONAL_FLOAT64_SCHEMA);
        assertThat(((Struct) records.get(1).value()).get("a")).isEqualTo(2.5);
    }

    @Test
    void withoutByteOffsetsPositionsCountTheRecordsToReadAgain() throws IOException {
        InMemoryContent content = new InMemoryContent("utf16.json", "\uFEFF[1, 2]".getBytes(UTF_16LE));

        List<ReadResult> results = readAll(format(SCHEMALESS), content);

        assertThat(results).extracting(ReadResult::next)
                .containsExactly(new ReadPosition(1, 0, 1), new ReadPosition(2, 0, 2));
    }

    private static RecordFormat format(Map<String, String> props) {
        return new JsonFormatProvider().create(props);
    }
}
