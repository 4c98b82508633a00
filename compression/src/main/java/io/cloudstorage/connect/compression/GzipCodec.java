package io.cloudstorage.connect.compression;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

import io.cloudstorage.connect.spi.compression.CompressionCodec;

/** gzip, including files of several concatenated members (as {@code cat a.gz b.gz} and many loggers write them). */
public final class GzipCodec implements CompressionCodec {

    private static final MagicBytes MAGIC = new MagicBytes(0x1f, 0x8b);

    @Override
    public String name() {
        return "gzip";
    }

    @Override
    public String description() {
        return "gzip (.gz, .gzip), also several concatenated members.";
    }

    @Override
    public List<String> extensions() {
        return List.of(".gz", ".gzip");
    }

    @Override
    public int magicLength() {
        return MAGIC.length();
    }

    @Override
    public boolean matchesMagic(byte[] head) {
        return MAGIC.matches(head);
    }

    @Override
    public InputStream decompress(InputStream compressed) throws IOException {
        return GzipCompressorInputStream.builder().setInputStream(compressed).setDecompressConcatenated(true).get();
    }
}
