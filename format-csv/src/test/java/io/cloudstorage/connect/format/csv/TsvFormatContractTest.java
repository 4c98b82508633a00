package io.cloudstorage.connect.format.csv;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordFormatContractTest;

/**
 * Tab-separated rows without a header: the first row counts the columns, so a resumed read reads it again; quotes
 * are data, and a backslash escapes tabs and line breaks.
 */
class TsvFormatContractTest extends RecordFormatContractTest {

    private static final StringRows THREE = new StringRows("column_1", "column_2", "column_3");

    @Override
    protected RecordFormat format() {
        return new TsvFormatProvider().create(Map.of("tsv.header", "false", "tsv.escape", "\\"));
    }

    @Override
    protected Stream<Sample> samples() {
        return Stream.of(
                sample("empty object", "", List.of()),
                sample("the first row is data and counts the columns", "a\tb\tc\n1\t2\t3\n4\t5\n",
                        List.of(THREE.row("a", "b", "c"), THREE.row("1", "2", "3"), MALFORMED)),
                sample("quotes are data", "\"a\"\t\"b\"\"\tc,d\r\n",
                        List.of(THREE.row("\"a\"", "\"b\"\"", "c,d"))),
                sample("escaped tabs and line breaks", "a\\tb\tline\\nbreak\tback\\\\slash\n\\\t\t\\\n\t\n",
                        List.of(THREE.row("a\tb", "line\nbreak", "back\\slash"), THREE.row("\t", "\n", null))),
                generated());
    }

    private static Sample generated() {
        StringBuilder content = new StringBuilder();
        List<Object> expected = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            content.append(i).append('\t').append("v").append(i).append('\t').append("w".repeat(i % 50)).append('\n');
            expected.add(THREE.row(Integer.toString(i), "v" + i, i % 50 == 0 ? null : "w".repeat(i % 50)));
        }
        return sample("many rows", content.toString(), expected);
    }

    private static Sample sample(String name, String content, List<Object> values) {
        return new Sample(name, content.getBytes(UTF_8), values);
    }
}
