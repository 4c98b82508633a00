package io.cloudstorage.connect.compression;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/** bzip2, including concatenated streams (as pbzip2 writes them). */
public final class Bzip2Codec extends DescribedCodec {

    public Bzip2Codec() {
        super("bzip2", "bzip2 (.bz2), also concatenated streams.",
                List.of(".bz2", ".bzip2"), new MagicBytes('B', 'Z', 'h'));
    }

    @Override
    public InputStream decompress(InputStream compressed) throws IOException {
        return new BZip2CompressorInputStream(compressed, true);
    }
}
