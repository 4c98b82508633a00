package io.cloudstorage.connect.format.json;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.InMemoryContent;
import io.cloudstorage.connect.spi.format.ObjectContent;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.ReadResult;
import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordReader;

/** Reading helpers shared by the format tests. */
final class Reads {

    private Reads() {
    }

    /** What a stream of {@link #failing} content throws, as a network connection does. */
    static final IOException FAILURE = new IOException("connection reset");

    static InMemoryContent content(String text) {
        return new InMemoryContent("object.json", text.getBytes(UTF_8));
    }

    /** Content whose streams fail once {@code failAfter} bytes have been read. */
    static InMemoryContent failing(byte[] bytes, int failAfter) {
        return new InMemoryContent("failing.json", bytes).failingAt(failAfter, FAILURE);
    }

    static List<ReadResult> readAll(RecordFormat format, ObjectContent content) throws IOException {
        return readAll(format, content, ReadPosition.START);
    }

    static List<ReadResult> readAll(RecordFormat format, ObjectContent content, ReadPosition start)
            throws IOException {
        List<ReadResult> results = new ArrayList<>();
        try (RecordReader reader = format.open(content, start)) {
            for (ReadResult result = reader.next(); result != null; result = reader.next()) {
                results.add(result);
            }
        }
        return results;
    }

    static List<FormatRecord> records(RecordFormat format, String text) throws IOException {
        return readAll(format, content(text)).stream().map(FormatRecord.class::cast).toList();
    }

    static List<Object> values(RecordFormat format, String text) throws IOException {
        return records(format, text).stream().map(FormatRecord::value).toList();
    }

    /** A map in the given order, which may hold nulls: {@code map("a", 1L, "b", null)}. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static List<Object> list(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    /** Text around bytes that are not text. */
    static byte[] bytes(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(UTF_8));
        return out.toByteArray();
    }
}
