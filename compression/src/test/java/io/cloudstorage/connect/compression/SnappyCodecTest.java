package io.cloudstorage.connect.compression;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.commons.compress.compressors.snappy.FramedSnappyCompressorOutputStream;

import io.cloudstorage.connect.spi.compression.CompressionCodec;
import io.cloudstorage.connect.spi.compression.CompressionCodecContractTest;

class SnappyCodecTest extends CompressionCodecContractTest {

    @Override
    protected CompressionCodec codec() {
        return new SnappyCodec();
    }

    @Override
    protected byte[] compress(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FramedSnappyCompressorOutputStream snappy = new FramedSnappyCompressorOutputStream(out)) {
            snappy.write(data);
        }
        return out.toByteArray();
    }
}
