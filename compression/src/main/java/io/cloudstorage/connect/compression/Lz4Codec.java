package io.cloudstorage.connect.compression;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.commons.compress.compressors.lz4.FramedLZ4CompressorInputStream;

/** LZ4 in its frame format, as the lz4 command line writes it, including concatenated frames. */
public final class Lz4Codec extends DescribedCodec {

    public Lz4Codec() {
        super("lz4", "LZ4 frames (.lz4), also concatenated frames; the legacy and raw block formats are not supported.",
                List.of(".lz4"), new MagicBytes(0x04, 0x22, 0x4d, 0x18));
    }

    @Override
    public InputStream decompress(InputStream compressed) throws IOException {
        return new FramedLZ4CompressorInputStream(compressed, true);
    }
}
