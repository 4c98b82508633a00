package io.cloudstorage.connect.compression;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/** gzip, including files of several concatenated members (as {@code cat a.gz b.gz} and many loggers write them). */
public final class GzipCodec extends DescribedCodec {

    public GzipCodec() {
        super("gzip", "gzip (.gz, .gzip), also several concatenated members.",
                List.of(".gz", ".gzip"), new MagicBytes(0x1f, 0x8b));
    }

    @Override
    public InputStream decompress(InputStream compressed) throws IOException {
        return GzipCompressorInputStream.builder().setInputStream(compressed).setDecompressConcatenated(true).get();
    }
}
