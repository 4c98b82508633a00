package io.cloudstorage.connect.compression;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.commons.compress.compressors.snappy.FramedSnappyCompressorInputStream;

/**
 * Snappy in its framing format (the one with a stream identifier and checksummed chunks), as written by
 * {@code snzip}, python-snappy's stream mode and most "snappy stream" writers. Raw block snappy has no framing and
 * cannot be streamed safely, so it is not read.
 */
public final class SnappyCodec extends DescribedCodec {

    public SnappyCodec() {
        super("snappy", "Snappy in its framing format (.sz, .snappy); raw, unframed snappy is not supported.",
                List.of(".sz", ".snappy"), new MagicBytes(0xff, 0x06, 0x00, 0x00, 's', 'N', 'a', 'P', 'p', 'Y'));
    }

    @Override
    public InputStream decompress(InputStream compressed) throws IOException {
        return new FramedSnappyCompressorInputStream(compressed);
    }
}
