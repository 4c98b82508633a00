package io.cloudstorage.connect.compression;

import java.io.InputStream;
import java.util.List;
import java.util.zip.InflaterInputStream;

/**
 * Deflate in its zlib wrapper (RFC 1950), as HTTP's {@code Content-Encoding: deflate} and zlib's tools write it. Its
 * two header bytes are too common in other data to be told by them, so it is chosen by name or by extension only.
 */
public final class DeflateCodec extends DescribedCodec {

    public DeflateCodec() {
        super("deflate", "deflate in a zlib wrapper (.deflate, .zz); recognised by extension or by name only.",
                List.of(".deflate", ".zz"), null);
    }

    /** The inflater checks the zlib trailer's checksum and reports input that ends before it as an error. */
    @Override
    public InputStream decompress(InputStream compressed) {
        return new InflaterInputStream(compressed);
    }
}
