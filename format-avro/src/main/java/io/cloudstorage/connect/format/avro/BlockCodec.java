package io.cloudstorage.connect.format.avro;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.tukaani.xz.BasicArrayCache;
import org.tukaani.xz.XZInputStream;
import org.xerial.snappy.Snappy;

import com.github.luben.zstd.RecyclingBufferPool;
import com.github.luben.zstd.ZstdInputStreamNoFinalizer;

/**
 * The codecs Avro compresses blocks with, by the names in a file's {@code avro.codec} metadata. Each decompresses
 * one block held in memory into at most a given number of bytes, so that a block that inflates beyond the limit
 * costs no more memory than the limit.
 */
enum BlockCodec {

    NULL("null") {
        @Override
        byte[] decompress(byte[] stored, int maxBytes) {
            return stored;
        }
    },
    DEFLATE("deflate") {
        @Override
        byte[] decompress(byte[] stored, int maxBytes) throws IOException, CorruptDataException {
            // Avro writes raw deflate data, without the zlib header and checksum.
            Inflater inflater = new Inflater(true);
            try {
                return readBounded(new InflaterInputStream(new ByteArrayInputStream(stored), inflater), maxBytes);
            } finally {
                inflater.end();
            }
        }
    },
    SNAPPY("snappy") {
        @Override
        byte[] decompress(byte[] stored, int maxBytes) throws IOException, CorruptDataException {
            // Avro follows the compressed bytes with the CRC-32 of the uncompressed ones, big-endian.
            int compressed = stored.length - Integer.BYTES;
            if (compressed < 0) {
                throw new CorruptDataException("the block's snappy data is shorter than its checksum");
            }
            int length = Snappy.uncompressedLength(stored, 0, compressed);
            checkLength(length, maxBytes);
            byte[] data = new byte[length];
            Snappy.uncompress(stored, 0, compressed, data, 0);
            CRC32 crc = new CRC32();
            crc.update(data);
            if ((int) crc.getValue() != ByteBuffer.wrap(stored, compressed, Integer.BYTES).getInt()) {
                throw new CorruptDataException("the block's snappy data does not match its checksum");
            }
            return data;
        }
    },
    ZSTANDARD("zstandard") {
        @Override
        byte[] decompress(byte[] stored, int maxBytes) throws IOException, CorruptDataException {
            return readBounded(new ZstdInputStreamNoFinalizer(new ByteArrayInputStream(stored),
                    RecyclingBufferPool.INSTANCE), maxBytes);
        }
    },
    BZIP2("bzip2") {
        @Override
        byte[] decompress(byte[] stored, int maxBytes) throws IOException, CorruptDataException {
            return readBounded(new BZip2CompressorInputStream(new ByteArrayInputStream(stored)), maxBytes);
        }
    },
    XZ("xz") {
        /** The highest preset Avro writes with, 9, needs 65 MiB to decompress. */
        private static final int MEMORY_LIMIT_KIB = 96 * 1024;

        /** Each block is a whole xz stream: its dictionary buffer is reused rather than allocated per block. */
        @Override
        byte[] decompress(byte[] stored, int maxBytes) throws IOException, CorruptDataException {
            return readBounded(new XZInputStream(new ByteArrayInputStream(stored), MEMORY_LIMIT_KIB,
                    BasicArrayCache.getInstance()), maxBytes);
        }
    };

    private final String avroName;

    BlockCodec(String avroName) {
        this.avroName = avroName;
    }

    /** The codec's name in a file's metadata. */
    String avroName() {
        return avroName;
    }

    static Optional<BlockCodec> named(String avroName) {
        return Arrays.stream(values()).filter(codec -> codec.avroName.equals(avroName)).findFirst();
    }

    /** The supported names, for messages. */
    static String names() {
        return Arrays.stream(values()).map(BlockCodec::avroName).collect(Collectors.joining(", "));
    }

    /**
     * Decompresses a block's stored bytes.
     *
     * @throws CorruptDataException if they are not valid data of this codec, or decompress to more than
     *                              {@code maxBytes} bytes
     */
    byte[] inflate(byte[] stored, int maxBytes) throws CorruptDataException {
        try {
            return decompress(stored, maxBytes);
        } catch (IOException | RuntimeException e) {
            // The input is in memory: whatever fails here is in the data, not in reading it.
            throw new CorruptDataException("the block's " + avroName + " data cannot be decompressed (" + e + ")", e);
        }
    }

    abstract byte[] decompress(byte[] stored, int maxBytes) throws IOException, CorruptDataException;

    private static byte[] readBounded(InputStream decompressed, int maxBytes) throws IOException,
            CorruptDataException {
        try (decompressed) {
            byte[] data = decompressed.readNBytes(maxBytes + 1);
            checkLength(data.length, maxBytes);
            return data;
        }
    }

    private static void checkLength(int length, int maxBytes) throws CorruptDataException {
        if (length > maxBytes) {
            throw new CorruptDataException("the block decompresses to more than " + AvroFormatProvider.MAX_BLOCK_BYTES + "="
                    + maxBytes + " bytes; raise " + AvroFormatProvider.MAX_BLOCK_BYTES + " if such blocks are expected");
        }
    }
}
