package io.cloudstorage.connect.compression;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.commons.compress.compressors.snappy.FramedSnappyCompressorInputStream;

import io.cloudstorage.connect.spi.compression.CompressionCodec;

/**
 * Snappy in its framing format (the one with a stream identifier and checksummed chunks), as written by
 * {@code snzip}, python-snappy's stream mode and most "snappy stream" writers. Raw block snappy has no framing and
 * cannot be streamed safely, so it is not read.
 */
public final class SnappyCodec implements CompressionCodec {

    /** The stream identifier chunk: type 0xff, length 6, "sNaPpY". */
    private static final MagicBytes MAGIC = new MagicBytes(0xff, 0x06, 0x00, 0x00, 's', 'N', 'a', 'P', 'p', 'Y');

    @Override
    public String name() {
        return "snappy";
    }

    @Override
    public String description() {
        return "Snappy in its framing format (.sz, .snappy); raw, unframed snappy is not supported.";
    }

    @Override
    public List<String> extensions() {
        return List.of(".sz", ".snappy");
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
        return new FramedSnappyCompressorInputStream(compressed);
    }
}
