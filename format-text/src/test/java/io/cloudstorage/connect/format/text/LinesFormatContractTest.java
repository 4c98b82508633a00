package io.cloudstorage.connect.format.text;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordFormatContractTest;

class LinesFormatContractTest extends RecordFormatContractTest {

    @Override
    protected RecordFormat format() {
        return new LinesFormatProvider().create(Map.of(LinesFormatProvider.MAX_BYTES, "250000"));
    }

    @Override
    protected Stream<Sample> samples() {
        String longLine = "x".repeat(200_000);
        List<Object> manyLines = new ArrayList<>();
        StringBuilder manyLinesText = new StringBuilder();
        for (int i = 0; i < 6_000; i++) {
            String line = "line " + i + " " + "y".repeat(i % 17);
            manyLines.add(line);
            manyLinesText.append(line).append(i % 3 == 0 ? "\r\n" : "\n");
        }
        return Stream.of(
                sample("empty object", "", List.of()),
                sample("one line without a line ending", "only", List.of("only")),
                sample("lines ending with LF", "a\nb\nc\n", List.of("a", "b", "c")),
                sample("lines ending with CRLF", "a\r\nb\r\n", List.of("a", "b")),
                sample("mixed endings and no final ending", "a\r\nb\nc", List.of("a", "b", "c")),
                sample("empty lines are records", "\n\na\n\n", List.of("", "", "a", "")),
                sample("a carriage return inside a line is kept", "a\rb\n\r\n", List.of("a\rb", "")),
                sample("unicode", "héllo wörld\n日本語\n\uD83D\uDE00\n", List.of("héllo wörld", "日本語", "\uD83D\uDE00")),
                sample("lines longer than the read buffer", longLine + "\n" + longLine + "\r\nend",
                        List.of(longLine, longLine, "end")),
                sample("many lines across buffer refills", manyLinesText.toString(), manyLines),
                sample("lines over the limit are stepped over", "a\n" + "z".repeat(300_000) + "\nb\n"
                        + "z".repeat(250_001), List.of("a", MALFORMED, "b", MALFORMED)),
                new Sample("invalid UTF-8 is replaced", bytes(new byte[] {'o', 'k', '\n', (byte) 0xC3, '(', '\n'}),
                        List.of("ok", "\uFFFD(")));
    }

    private static Sample sample(String name, String content, List<Object> values) {
        return new Sample(name, content.getBytes(UTF_8), values);
    }

    private static byte[] bytes(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(content);
        return out.toByteArray();
    }
}
