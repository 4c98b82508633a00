package io.cloudstorage.connect.compression;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

import io.cloudstorage.connect.spi.compression.CompressionCodec;

/** bzip2, including concatenated streams (as pbzip2 writes them). */
public final class Bzip2Codec implements CompressionCodec {

    private static final MagicBytes MAGIC = new MagicBytes('B', 'Z', 'h');

    @Override
    public String name() {
        return "bzip2";
    }

    @Override
    public String description() {
        return "bzip2 (.bz2), also concatenated streams.";
    }

    @Override
    public List<String> extensions() {
        return List.of(".bz2", ".bzip2");
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
        return new BZip2CompressorInputStream(compressed, true);
    }
}
