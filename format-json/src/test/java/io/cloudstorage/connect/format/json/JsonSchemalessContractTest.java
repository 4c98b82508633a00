package io.cloudstorage.connect.format.json;

import static io.cloudstorage.connect.format.json.Reads.bytes;
import static io.cloudstorage.connect.format.json.Reads.list;
import static io.cloudstorage.connect.format.json.Reads.map;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordFormatContractTest;

class JsonSchemalessContractTest extends RecordFormatContractTest {

    @Override
    protected RecordFormat format() {
        return new JsonFormatProvider().create(Map.of(JsonFormatProvider.SCHEMA_MODE, "schemaless"));
    }

    @Override
    protected Stream<Sample> samples() {
        List<Object> manyValues = new ArrayList<>();
        StringBuilder manyElements = new StringBuilder("[");
        for (int i = 0; i < 6_000; i++) {
            manyValues.add(map("n", (long) i, "tags", list("t" + i % 7, (long) i % 3), "pad", "y".repeat(i % 41)));
            manyElements.append(i == 0 ? "" : i % 5 == 0 ? ",\r\n  " : ",").append("{\"n\":").append(i)
                    .append(",\"tags\":[\"t").append(i % 7).append("\",").append(i % 3).append("],\"pad\":\"")
                    .append("y".repeat(i % 41)).append("\"}");
        }
        manyElements.append("]\n");
        String longString = "x".repeat(200_000);
        return Stream.of(
                sample("empty object", "", List.of()),
                sample("whitespace only", " \n\t ", List.of()),
                sample("one object", "{\"a\":{\"b\":[1,2.5,\"c\",null,true]}}",
                        List.of(map("a", map("b", list(1L, 2.5, "c", null, true))))),
                sample("one scalar", " \"text\" \n", List.of("text")),
                sample("one null", "null", list((Object) null)),
                sample("an empty array", "[ ]", List.of()),
                sample("an array of scalars", "[1, \"two\", 3.5, false, null]", list(1L, "two", 3.5, false, null)),
                sample("an array of arrays and objects", "[[1,[2]],{},[],{\"a\":[]}]",
                        List.of(list(1L, list(2L)), map(), list(), map("a", list()))),
                sample("elements spread over lines", "[\n  {\"a\": 1},\n  {\"a\": 2}\n]\n",
                        List.of(map("a", 1L), map("a", 2L))),
                sample("elements longer than the read buffer", "[\"" + longString + "\",\"" + longString + "\",1]",
                        List.of(longString, longString, 1L)),
                sample("many elements across buffer refills", manyElements.toString(), manyValues),
                sample("unicode", "[\"h\u00e9llo\",\"\\u65e5\\uD83D\\uDE00\",{\"\u00fc\":\"\uD83D\uDE00\"}]",
                        List.of("h\u00e9llo", "\u65e5\uD83D\uDE00", map("\u00fc", "\uD83D\uDE00"))),
                new Sample("a byte order mark before the array", bytes("",
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "[1,2,3]"), List.of(1L, 2L, 3L)),
                new Sample("an array in UTF-16 resumes by counting elements",
                        "[{\"a\":\"\u00e9\"},2,3]".getBytes(UTF_16BE), List.of(map("a", "\u00e9"), 2L, 3L)));
    }

    private static Sample sample(String name, String content, List<Object> values) {
        return new Sample(name, content.getBytes(UTF_8), values);
    }
}
