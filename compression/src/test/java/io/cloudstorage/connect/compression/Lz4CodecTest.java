package io.cloudstorage.connect.compression;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.commons.compress.compressors.lz4.FramedLZ4CompressorOutputStream;

import io.cloudstorage.connect.spi.compression.CompressionCodec;
import io.cloudstorage.connect.spi.compression.CompressionCodecContractTest;

class Lz4CodecTest extends CompressionCodecContractTest {

    @Override
    protected CompressionCodec codec() {
        return new Lz4Codec();
    }

    /** With a content checksum, as the lz4 command line writes by default. */
    @Override
    protected byte[] compress(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FramedLZ4CompressorOutputStream lz4 = new FramedLZ4CompressorOutputStream(out,
                new FramedLZ4CompressorOutputStream.Parameters(FramedLZ4CompressorOutputStream.BlockSize.M4, true,
                        false, false))) {
            lz4.write(data);
        }
        return out.toByteArray();
    }
}
