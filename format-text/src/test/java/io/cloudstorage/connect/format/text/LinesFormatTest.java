package io.cloudstorage.connect.format.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.data.Schema;
import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.InMemoryContent;
import io.cloudstorage.connect.spi.format.MalformedRecord;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.ReadResult;
import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordReader;

class LinesFormatTest {

    @Test
    void positionsAreTheByteOffsetsWhereTheNextLineStarts() throws IOException {
        List<FormatRecord> records = readAll(format(Map.of()), content("ab\r\nc\n\ndef"), ReadPosition.START);

        assertThat(records).extracting(FormatRecord::next).containsExactly(
                new ReadPosition(1, 4, 0), new ReadPosition(2, 6, 0),
                new ReadPosition(3, 7, 0), new ReadPosition(4, 10, 0));
        assertThat(records).extracting(FormatRecord::valueSchema).containsOnly(Schema.STRING_SCHEMA);
    }

    @Test
    void resumingDoesNotReadTheBytesBeforeThePosition() throws IOException {
        String text = "first line\n".repeat(1000) + "last\n";
        InMemoryContent content = content(text);

        List<FormatRecord> rest = readAll(format(Map.of()), content, new ReadPosition(1000, 11_000, 0));

        assertThat(rest).extracting(FormatRecord::value).containsExactly("last");
        assertThat(rest).extracting(FormatRecord::number).containsExactly(1001L);
        assertThat(content.bytesOpened()).isEqualTo(5);
    }

    @Test
    void aCrlfSplitAcrossBufferRefillsIsOneLineEnding() throws IOException {
        String first = "z".repeat(64 * 1024 - 1);

        List<FormatRecord> records = readAll(format(Map.of()), content(first + "\r\nnext"), ReadPosition.START);

        assertThat(records).extracting(FormatRecord::value).containsExactly(first, "next");
    }

    @Test
    void aLineLongerThanTheLimitIsSteppedOverAsAMalformedRecordHoldingItsFirstBytes() throws IOException {
        RecordFormat format = format(Map.of(LinesFormatProvider.MAX_BYTES, "5"));

        List<ReadResult> results = readResults(format, content("12345\r\n123456\nabc\n12345678"));

        assertThat(results).hasSize(4);
        assertThat(((FormatRecord) results.get(0)).value()).isEqualTo("12345");
        assertThat(results.get(1)).isInstanceOfSatisfying(MalformedRecord.class, malformed -> {
            assertThat(malformed.raw()).asString(UTF_8).isEqualTo("12345");
            assertThat(malformed.reason()).contains("Line 2", "lines.max.bytes=5", "6 bytes");
            assertThat(malformed.next()).isEqualTo(new ReadPosition(2, 14, 0));
        });
        assertThat(((FormatRecord) results.get(2)).value()).isEqualTo("abc");
        assertThat(results.get(3)).isInstanceOfSatisfying(MalformedRecord.class,
                malformed -> assertThat(malformed.next()).isEqualTo(new ReadPosition(4, 26, 0)));
    }

    @Test
    void aLongLineSpanningRefillsIsSteppedOverWithoutHoldingMoreThanTheLimit() throws IOException {
        RecordFormat format = format(Map.of(LinesFormatProvider.MAX_BYTES, "100000"));

        List<ReadResult> results = readResults(format, content("x".repeat(1_000_000) + "\nafter"));

        assertThat(results.get(0)).isInstanceOfSatisfying(MalformedRecord.class, malformed -> {
            assertThat(malformed.raw()).hasSize(100_000);
            assertThat(malformed.reason()).contains("Line 1", "1000000 bytes");
        });
        assertThat(((FormatRecord) results.get(1)).value()).isEqualTo("after");
    }

    @Test
    void aLineOfExactlyTheLimitFollowedByCrlfIsNotTooLong() throws IOException {
        RecordFormat format = format(Map.of(LinesFormatProvider.MAX_BYTES, "5"));

        assertThat(readAll(format, content("12345\r\n"), ReadPosition.START)).extracting(FormatRecord::value)
                .containsExactly("12345");
    }

    @Test
    void emptyLinesCanBeSkippedWithoutBreakingPositions() throws IOException {
        RecordFormat format = format(Map.of(LinesFormatProvider.SKIP_EMPTY, "true"));

        List<FormatRecord> records = readAll(format, content("\na\n\r\n\nb\n\n"), ReadPosition.START);

        assertThat(records).extracting(FormatRecord::value).containsExactly("a", "b");
        assertThat(records).extracting(FormatRecord::next)
                .containsExactly(new ReadPosition(1, 3, 0), new ReadPosition(2, 8, 0));
        assertThat(readAll(format, content("\na\n\r\n\nb\n\n"), records.get(0).next()))
                .extracting(FormatRecord::value).containsExactly("b");
    }

    @Test
    void honoursRecordsToSkipAfterTheSeekPoint() throws IOException {
        List<FormatRecord> records = readAll(format(Map.of()), content("a\nb\nc\n"), new ReadPosition(2, 0, 2));

        assertThat(records).extracting(FormatRecord::value).containsExactly("c");
        assertThat(records).extracting(FormatRecord::number).containsExactly(3L);
    }

    private static RecordFormat format(Map<String, String> props) {
        return new LinesFormatProvider().create(props);
    }

    private static InMemoryContent content(String text) {
        return new InMemoryContent("object.txt", text.getBytes(UTF_8));
    }

    private static List<FormatRecord> readAll(RecordFormat format, InMemoryContent content, ReadPosition start)
            throws IOException {
        List<FormatRecord> records = new ArrayList<>();
        try (RecordReader reader = format.open(content, start)) {
            for (ReadResult result = reader.next(); result != null; result = reader.next()) {
                records.add((FormatRecord) result);
            }
        }
        return records;
    }

    private static List<ReadResult> readResults(RecordFormat format, InMemoryContent content) throws IOException {
        List<ReadResult> results = new ArrayList<>();
        try (RecordReader reader = format.open(content, ReadPosition.START)) {
            for (ReadResult result = reader.next(); result != null; result = reader.next()) {
                results.add(result);
            }
        }
        return results;
    }
}
