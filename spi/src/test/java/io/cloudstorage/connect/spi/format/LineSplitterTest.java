package io.cloudstorage.connect.spi.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineSplitterTest {

    /**
     * Bytes near '\n' in value or in bit pattern ('\n' ^ 0x80, 0x0B, 0x09, 0xCA…), '\r', and lines of every length
     * around a word of eight bytes, read through streams that hand out a few bytes at a time: every line and every
     * offset as a plain byte-by-byte split of the same content gives them.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7, 8, 9, 64, 65_536})
    void findsEveryLineAndItsEndWhereverTheNewlinesFall(int chunkBytes) throws IOException {
        Random random = new Random(20261127L + chunkBytes);
        byte[] alphabet = {'\n', '\n', '\r', 0x0B, 0x09, (byte) (0x0A ^ 0x80), (byte) 0xCA, (byte) 0xFF, 0x00, 0x01,
            'a', '0'};
        for (int round = 0; round < 200; round++) {
            byte[] content = new byte[random.nextInt(300)];
            for (int i = 0; i < content.length; i++) {
                content[i] = random.nextInt(4) == 0 ? alphabet[random.nextInt(alphabet.length)]
                        : (byte) ('a' + random.nextInt(26));
            }

            List<String> expected = expectedLines(content);
            assertThat(split(new Chunked(content, chunkBytes), OptionalLong.empty()))
                    .as("content %s", Arrays.toString(content)).containsExactlyElementsOf(expected);
            assertThat(split(new Chunked(content, chunkBytes), OptionalLong.of(content.length)))
                    .as("content %s, its size known", Arrays.toString(content)).containsExactlyElementsOf(expected);
            assertThat(split(new Chunked(content, chunkBytes), OptionalLong.of(content.length / 3)))
                    .as("content %s, grown since its size was known", Arrays.toString(content))
                    .containsExactlyElementsOf(expected);
        }
    }

    private static List<String> split(InputStream in, OptionalLong size) throws IOException {
        List<String> lines = new ArrayList<>();
        try (LineSplitter splitter = new LineSplitter(in, 0, 1024, size)) {
            while (splitter.next()) {
                lines.add(Arrays.toString(Arrays.copyOfRange(splitter.bytes(), splitter.offset(),
                        splitter.offset() + splitter.kept())) + " ends at " + splitter.end());
            }
        }
        return lines;
    }

    /** The contract, byte by byte: '\n' ends a line, a '\r' just before it is dropped, the end ends the last one. */
    private static List<String> expectedLines(byte[] content) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\n') {
                int end = i > start && content[i - 1] == '\r' ? i - 1 : i;
                lines.add(Arrays.toString(Arrays.copyOfRange(content, start, end)) + " ends at " + (i + 1));
                start = i + 1;
            }
        }
        if (start < content.length) {
            lines.add(Arrays.toString(Arrays.copyOfRange(content, start, content.length)) + " ends at "
                    + content.length);
        }
        return lines;
    }

    /** Hands out at most a given number of bytes per read, as network streams do. */
    private static final class Chunked extends ByteArrayInputStream {

        private final int chunkBytes;

        Chunked(byte[] content, int chunkBytes) {
            super(content);
            this.chunkBytes = chunkBytes;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, chunkBytes));
        }
    }
}
