package io.cloudstorage.connect.compression;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.DeflaterOutputStream;

import io.cloudstorage.connect.spi.compression.CompressionCodec;
import io.cloudstorage.connect.spi.compression.CompressionCodecContractTest;

class DeflateCodecTest extends CompressionCodecContractTest {

    @Override
    protected CompressionCodec codec() {
        return new DeflateCodec();
    }

    @Override
    protected byte[] compress(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(out)) {
            deflate.write(data);
        }
        return out.toByteArray();
    }
}
