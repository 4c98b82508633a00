package io.cloudstorage.connect.compression;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.commons.compress.compressors.lz4.FramedLZ4CompressorInputStream;

import io.cloudstorage.connect.spi.compression.CompressionCodec;

/** LZ4 in its frame format, as the lz4 command line writes it, including concatenated frames. */
public final class Lz4Codec implements CompressionCodec {

    private static final MagicBytes MAGIC = new MagicBytes(0x04, 0x22, 0x4d, 0x18);

    @Override
    public String name() {
        return "lz4";
    }

    @Override
    public String description() {
        return "LZ4 frames (.lz4), also concatenated frames; the legacy and raw block formats are not supported.";
    }

    @Override
    public List<String> extensions() {
        return List.of(".lz4");
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
        return new FramedLZ4CompressorInputStream(compressed, true);
    }
}
