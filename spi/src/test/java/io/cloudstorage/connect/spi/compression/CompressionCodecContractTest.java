package io.cloudstorage.connect.spi.compression;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * What every {@link CompressionCodec} must do: give back exactly what was compressed, recognise its own output,
 * and fail (never end quietly, never hang) on truncated or corrupt input. A codec's test extends this class.
 */
public abstract class CompressionCodecContractTest {

    protected abstract CompressionCodec codec();

    /** Compresses {@code data} as a producer of such objects would (e.g. with the format's reference tool). */
    protected abstract byte[] compress(byte[] data) throws IOException;

    @Test
    void decompressesExactlyWhatWasCompressed() throws IOException {
        for (byte[] data : samples()) {
            assertThat(decompress(compress(data))).as("%d bytes", data.length).isEqualTo(data);
        }
    }

    @Test
    void readsByteByByteAsWellAsInBlocks() throws IOException {
        byte[] data = text(10_000);
        try (InputStream in = codec().decompress(new ByteArrayInputStream(compress(data)))) {
            for (byte expected : data) {
                assertThat(in.read()).isEqualTo(expected & 0xff);
            }
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void recognisesItsOwnOutputByItsFirstBytesOrByExtension() throws IOException {
        assertThat(codec().extensions()).isNotEmpty().allSatisfy(extension -> assertThat(extension)
                .startsWith(".").isLowerCase());
        if (codec().magicLength() > 0) {
            byte[] compressed = compress(text(1_000));
            assertThat(codec().matchesMagic(Arrays.copyOf(compressed, codec().magicLength()))).isTrue();
            assertThat(codec().matchesMagic(Arrays.copyOf("plain text, not compressed".getBytes(UTF_8),
                    codec().magicLength()))).isFalse();
        }
    }

    @Test
    void failsOnATruncatedStreamInsteadOfEndingQuietly() throws IOException {
        byte[] data = random(200_000, 7);
        byte[] compressed = compress(data);
        for (int length : new int[] {compressed.length / 2, compressed.length - 1}) {
            byte[] truncated = Arrays.copyOf(compressed, length);
            assertThatThrownBy(() -> decompress(truncated)).as("cut to %d of %d bytes", length, compressed.length)
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void failsOnCorruptData() throws IOException {
        byte[] compressed = compress(random(200_000, 11));
        byte[] corrupt = compressed.clone();
        for (int i = corrupt.length / 3; i < corrupt.length / 3 + 64; i++) {
            corrupt[i] ^= (byte) 0x5a;
        }
        assertThatThrownBy(() -> {
            byte[] out = decompress(corrupt);
            if (!Arrays.equals(out, random(200_000, 11))) {
                throw new IOException("corrupt data decompressed to other bytes without an error");
            }
        }).isInstanceOf(IOException.class);
    }

    private byte[] decompress(byte[] compressed) throws IOException {
        try (InputStream in = codec().decompress(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }

    private static byte[][] samples() {
        return new byte[][] {new byte[0], "x".getBytes(UTF_8), text(100_000), random(3_000_000, 3)};
    }

    private static byte[] text(int lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            text.append("{\"line\":").append(i).append(",\"message\":\"event ").append(i % 97).append("\"}\n");
        }
        return text.toString().getBytes(UTF_8);
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
