package io.cloudstorage.connect.compression;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.github.luben.zstd.ZstdInputStream;

/** Zstandard, through the zstd library's own native decoder (the one the zstd command line uses). */
public final class ZstdCodec extends DescribedCodec {

    public ZstdCodec() {
        super("zstd", "Zstandard (.zst, .zstd), also concatenated frames.",
                List.of(".zst", ".zstd"), new MagicBytes(0x28, 0xb5, 0x2f, 0xfd));
    }

    /** Not continuous: input that ends inside a frame is an error, not a pause waiting for more. */
    @Override
    public InputStream decompress(InputStream compressed) throws IOException {
        return new ZstdInputStream(compressed).setContinuous(false);
    }
}
