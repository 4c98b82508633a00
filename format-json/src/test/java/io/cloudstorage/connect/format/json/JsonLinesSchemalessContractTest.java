package io.cloudstorage.connect.format.json;

import static io.cloudstorage.connect.format.json.Reads.bytes;
import static io.cloudstorage.connect.format.json.Reads.list;
import static io.cloudstorage.connect.format.json.Reads.map;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordFormatContractTest;

class JsonLinesSchemalessContractTest extends RecordFormatContractTest {

    @Override
    protected RecordFormat format() {
        return new JsonLinesFormatProvider().create(Map.of(JsonLinesFormatProvider.SCHEMA_MODE, "schemaless",
                JsonLinesFormatProvider.MAX_BYTES, "250000"));
    }

    @Override
    protected Stream<Sample> samples() {
        String longString = "x".repeat(200_000);
        List<Object> manyValues = new ArrayList<>();
        StringBuilder manyLines = new StringBuilder();
        for (int i = 0; i < 6_000; i++) {
            manyValues.add(map("n", (long) i, "pad", "y".repeat(i % 17)));
            manyLines.append("{\"n\":").append(i).append(",\"pad\":\"").append("y".repeat(i % 17)).append("\"}")
                    .append(i % 3 == 0 ? "\r\n" : "\n");
        }
        return Stream.of(
                sample("empty object", "", List.of()),
                sample("one line without a line ending", "{\"a\":1}", List.of(map("a", 1L))),
                sample("lines ending with LF", "{\"a\":1}\n{\"a\":2}\n", List.of(map("a", 1L), map("a", 2L))),
                sample("lines ending with CRLF", "1\r\n2\r\n", List.of(1L, 2L)),
                sample("blank and whitespace-only lines are skipped", "\n\n1\n \t\r\n\r\n2\n   \n",
                        List.of(1L, 2L)),
                sample("every kind of value", "{\"s\":\"t\",\"i\":-3,\"d\":1.5,\"b\":true,\"n\":null,"
                        + "\"o\":{\"x\":[1,\"a\",null]}}\n\"text\"\n7\n2.5\nfalse\nnull\n[1,[2]]\n{}\n[]",
                        list(map("s", "t", "i", -3L, "d", 1.5, "b", true, "n", null,
                                        "o", map("x", list(1L, "a", null))),
                                "text", 7L, 2.5, false, null, list(1L, list(2L)), map(), list())),
                sample("unicode", "{\"h\u00e9llo\":\"w\u00f6rld \u65e5\u672c \\uD83D\\uDE00 \uD83D\uDE00\"}\n",
                        List.of(map("h\u00e9llo", "w\u00f6rld \u65e5\u672c \uD83D\uDE00 \uD83D\uDE00"))),
                sample("lines longer than the read buffer", "\"" + longString + "\"\n\"" + longString + "\"\r\n1",
                        List.of(longString, longString, 1L)),
                sample("many lines across buffer refills", manyLines.toString(), manyValues),
                sample("lines that are not JSON are stepped over",
                        "1\n{\"a\":\n2\nnot json\n[1,2\n3\n{\"a\":1} {\"b\":2}\n4",
                        List.of(1L, MALFORMED, 2L, MALFORMED, MALFORMED, 3L, MALFORMED, 4L)),
                sample("lines over the limit are stepped over", "1\n\"" + "z".repeat(300_000) + "\"\n2\n\""
                        + "z".repeat(250_001), List.of(1L, MALFORMED, 2L, MALFORMED)),
                new Sample("invalid UTF-8 is stepped over", bytes("\"ok\"\n\"", new byte[] {(byte) 0xC3, '('},
                        "\"\n\"fine\"\n"), List.of("ok", MALFORMED, "fine")),
                new Sample("a byte order mark before the first line", bytes("", new byte[] {(byte) 0xEF,
                        (byte) 0xBB, (byte) 0xBF}, "{\"a\":1}\n{\"a\":2}"), List.of(map("a", 1L), map("a", 2L))));
    }

    private static Sample sample(String name, String content, List<Object> values) {
        return new Sample(name, content.getBytes(UTF_8), values);
    }
}
