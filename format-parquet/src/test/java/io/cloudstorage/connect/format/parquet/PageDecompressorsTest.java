package io.cloudstorage.connect.format.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;

import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory.BytesInputDecompressor;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.CodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Pages compressed by parquet-hadoop's own codecs decompress to what was compressed, from arrays or buffers. */
class PageDecompressorsTest {

    private static final byte[] PAGE = page();

    @ParameterizedTest
    @EnumSource(names = {"UNCOMPRESSED", "SNAPPY", "GZIP", "ZSTD", "LZ4_RAW"})
    void decompressesWhatParquetCompressedIntoArrays(CompressionCodecName codec) throws IOException {
        byte[] compressed = compress(codec);

        BytesInput decompressed = decompressor(codec).decompress(BytesInput.from(compressed), PAGE.length);

        assertThat(decompressed.toInputStream().readAllBytes()).isEqualTo(PAGE);
    }

    @ParameterizedTest
    @EnumSource(names = {"UNCOMPRESSED", "SNAPPY", "GZIP", "ZSTD", "LZ4_RAW"})
    void decompressesWhatParquetCompressedIntoDirectBuffers(CompressionCodecName codec) throws IOException {
        byte[] compressed = compress(codec);
        ByteBuffer input = ByteBuffer.allocateDirect(compressed.length + 3).put(new byte[3]).put(compressed);
        input.position(3);
        ByteBuffer output = ByteBuffer.allocateDirect(PAGE.length + 5);

        decompressor(codec).decompress(input, compressed.length, output, PAGE.length);

        assertThat(output.position()).isEqualTo(PAGE.length);
        byte[] decompressed = new byte[PAGE.length];
        output.flip().get(decompressed);
        assertThat(decompressed).isEqualTo(PAGE);
    }

    @ParameterizedTest
    @EnumSource(names = {"SNAPPY", "GZIP", "ZSTD", "LZ4_RAW"})
    void aPageThatDecompressesToAnotherSizeThanAnnouncedIsAnError(CompressionCodecName codec) throws IOException {
        byte[] compressed = compress(codec);

        assertThatThrownBy(() -> decompressor(codec).decompress(BytesInput.from(compressed), PAGE.length + 1))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> decompressor(codec).decompress(BytesInput.from(compressed), PAGE.length - 1))
                .isInstanceOf(IOException.class);
    }

    @ParameterizedTest
    @EnumSource(names = {"SNAPPY", "GZIP", "ZSTD", "LZ4_RAW"})
    void corruptCompressedDataIsAnIoErrorNotARuntimeException(CompressionCodecName codec) throws IOException {
        byte[] compressed = compress(codec);
        byte[] corrupt = Arrays.copyOf(compressed, compressed.length / 2);

        assertThatThrownBy(() -> decompressor(codec).decompress(BytesInput.from(corrupt), PAGE.length))
                .isInstanceOf(IOException.class);
    }

    @ParameterizedTest
    @EnumSource(names = {"LZO", "BROTLI", "LZ4"})
    void otherCodecsAreRefused(CompressionCodecName codec) {
        assertThatThrownBy(() -> new PageDecompressors().getDecompressor(codec))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(codec.name());
    }

    private static BytesInputDecompressor decompressor(CompressionCodecName codec) {
        return new PageDecompressors().getDecompressor(codec);
    }

    private static byte[] compress(CompressionCodecName codec) throws IOException {
        CodecFactory codecs = new CodecFactory(new PlainParquetConfiguration(), PAGE.length);
        try {
            return codecs.getCompressor(codec).compress(BytesInput.from(PAGE)).toInputStream().readAllBytes();
        } finally {
            codecs.release();
        }
    }

    /** Half repetitive, half random: compressible, with literals. */
    private static byte[] page() {
        byte[] page = new byte[100_000];
        for (int i = 0; i < page.length / 2; i++) {
            page[i] = (byte) (i % 7);
        }
        byte[] random = new byte[page.length / 2];
        new Random(3).nextBytes(random);
        System.arraycopy(random, 0, page, page.length / 2, random.length);
        return page;
    }
}
