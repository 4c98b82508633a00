package io.cloudstorage.connect.compression;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.github.luben.zstd.ZstdInputStream;

import io.cloudstorage.connect.spi.compression.CompressionCodec;

/** Zstandard, through the zstd library's own native decoder (the one the zstd command line uses). */
public final class ZstdCodec implements CompressionCodec {

    private static final MagicBytes MAGIC = new MagicBytes(0x28, 0xb5, 0x2f, 0xfd);

    @Override
    public String name() {
        return "zstd";
    }

    @Override
    public String description() {
        return "Zstandard (.zst, .zstd), also concatenated frames.";
    }

    @Override
    public List<String> extensions() {
        return List.of(".zst", ".zstd");
    }

    @Override
    public int magicLength() {
        return MAGIC.length();
    }

    @Override
    public boolean matchesMagic(byte[] head) {
        return MAGIC.matches(head);
    }

    /** Not continuous: input that ends inside a frame is an error, not a pause waiting for more. */
    @Override
    public InputStream decompress(InputStream compressed) throws IOException {
        return new ZstdInputStream(compressed).setContinuous(false);
    }
}
