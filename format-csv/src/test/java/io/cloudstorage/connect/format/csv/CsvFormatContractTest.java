package io.cloudstorage.connect.format.csv;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordFormatContractTest;

class CsvFormatContractTest extends RecordFormatContractTest {

    private static final StringRows ID_NAME = new StringRows("id", "name");

    @Override
    protected RecordFormat format() {
        return new CsvFormatProvider().create(Map.of("csv.max.row.bytes", "250000"));
    }

    @Override
    protected Stream<Sample> samples() {
        StringRows text = new StringRows("id", "text");
        StringRows abc = new StringRows("a", "b", "c");
        StringRows ab = new StringRows("a", "b");
        return Stream.of(
                sample("empty object", "", List.of()),
                sample("header only", "id,name\n", List.of()),
                sample("header only without a line ending", "id,name", List.of()),
                sample("rows ending with LF", "id,name\n1,alice\n2,bob\n",
                        List.of(ID_NAME.row("1", "alice"), ID_NAME.row("2", "bob"))),
                sample("rows ending with CRLF, the last without", "id,name\r\n1,alice\r\n2,bob",
                        List.of(ID_NAME.row("1", "alice"), ID_NAME.row("2", "bob"))),
                sample("a byte order mark is dropped", "\uFEFFid,name\n1,alice\n", List.of(ID_NAME.row("1", "alice"))),
                sample("quoted fields hold delimiters, quotes and line breaks",
                        "id,text\n1,\"a,b\"\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\"\n4,\"crlf\r\ninside\"\r\n5,\"\"\n",
                        List.of(text.row("1", "a,b"), text.row("2", "say \"hi\""), text.row("3", "two\nlines"),
                                text.row("4", "crlf\r\ninside"), text.row("5", null))),
                sample("unicode", "名前,ville\n日本語,Zürich\n\uD83D\uDE00,\"é,è\"\n",
                        List.of(new StringRows("名前", "ville").row("日本語", "Zürich"),
                                new StringRows("名前", "ville").row("\uD83D\uDE00", "é,è"))),
                sample("empty values are null", "a,b,c\n,,\n\"\",x,\n",
                        List.of(abc.row(null, null, null), abc.row(null, "x", null))),
                sample("rows with the wrong number of fields are malformed", "a,b\n1,2\n1\n1,2,3\n3,4\n",
                        List.of(ab.row("1", "2"), MALFORMED, MALFORMED, ab.row("3", "4"))),
                sample("text after a closing quote is malformed", "a,b\n\"x\"y,1\n2,3\n",
                        List.of(MALFORMED, ab.row("2", "3"))),
                sample("an unclosed quote makes the rest of the object one malformed row",
                        "a,b\n1,2\n3,\"open\n4,5\n", List.of(ab.row("1", "2"), MALFORMED)),
                sample("blank lines are not rows", "a,b\n\n1,2\n\r\n\n3,4\n\n", List.of(ab.row("1", "2"), ab.row("3", "4"))),
                sample("rows over the limit are stepped over", "a,b\n1,2\n3," + "z".repeat(300_000) + "\n5,6\n7,\""
                        + "q\n".repeat(130_000) + "\"\n9,10",
                        List.of(ab.row("1", "2"), MALFORMED, ab.row("5", "6"), MALFORMED, ab.row("9", "10"))),
                generated());
    }

    /** Many rows across buffer refills, with quoted line breaks, CRLF and rows longer than the read buffer. */
    private static Sample generated() {
        StringRows rows = new StringRows("n", "quoted", "padding");
        StringBuilder content = new StringBuilder("n,quoted,padding\n");
        List<Object> expected = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String quoted = i % 5 == 0 ? "line " + i + "\nnext \"" + i + "\"" : "v" + i;
            String padding = i % 4_999 == 0 ? "p".repeat(100_000) : "x".repeat(i % 31);
            content.append(i).append(",\"").append(quoted.replace("\"", "\"\"")).append("\",").append(padding)
                    .append(i % 3 == 0 ? "\r\n" : "\n");
            expected.add(rows.row(Integer.toString(i), quoted, padding.isEmpty() ? null : padding));
        }
        return sample("many rows across buffer refills", content.toString(), expected);
    }

    private static Sample sample(String name, String content, List<Object> values) {
        return new Sample(name, content.getBytes(UTF_8), values);
    }
}
