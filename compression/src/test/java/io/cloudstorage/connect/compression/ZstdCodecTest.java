package io.cloudstorage.connect.compression;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import com.github.luben.zstd.ZstdOutputStream;

import io.cloudstorage.connect.spi.compression.CompressionCodec;
import io.cloudstorage.connect.spi.compression.CompressionCodecContractTest;

class ZstdCodecTest extends CompressionCodecContractTest {

    @Override
    protected CompressionCodec codec() {
        return new ZstdCodec();
    }

    /** With a content checksum, as the zstd command line writes by default. */
    @Override
    protected byte[] compress(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZstdOutputStream zstd = new ZstdOutputStream(out).setChecksum(true)) {
            zstd.write(data);
        }
        return out.toByteArray();
    }
}
