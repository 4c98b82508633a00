package io.cloudstorage.connect.compression;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

import io.cloudstorage.connect.spi.compression.CompressionCodec;
import io.cloudstorage.connect.spi.compression.CompressionCodecContractTest;

class Bzip2CodecTest extends CompressionCodecContractTest {

    @Override
    protected CompressionCodec codec() {
        return new Bzip2Codec();
    }

    @Override
    protected byte[] compress(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (BZip2CompressorOutputStream bzip2 = new BZip2CompressorOutputStream(out)) {
            bzip2.write(data);
        }
        return out.toByteArray();
    }
}
