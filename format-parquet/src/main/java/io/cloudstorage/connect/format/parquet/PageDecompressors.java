package io.cloudstorage.connect.format.parquet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.EnumSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.apache.parquet.bytes.ByteBufferInputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

import io.airlift.compress.Decompressor;
import io.airlift.compress.lz4.Lz4Decompressor;
import io.airlift.compress.snappy.SnappyDecompressor;
import io.airlift.compress.zstd.ZstdDecompressor;

/**
 * Decompresses pages in pure Java (aircompressor, and the JDK for gzip), instead of through Hadoop's codecs: no
 * native libraries, no Hadoop configuration, and a few hundred kilobytes of jars instead of several megabytes.
 * The Parquet library asks for one decompressor per column chunk and uses it from one thread.
 */
final class PageDecompressors implements CompressionCodecFactory {

    static final Set<CompressionCodecName> SUPPORTED = EnumSet.of(CompressionCodecName.UNCOMPRESSED,
            CompressionCodecName.SNAPPY, CompressionCodecName.GZIP, CompressionCodecName.ZSTD,
            CompressionCodecName.LZ4_RAW);

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        return switch (codec) {
            case UNCOMPRESSED -> new Uncompressed();
            case SNAPPY -> new Block(new SnappyDecompressor());
            case ZSTD -> new Block(new ZstdDecompressor());
            case LZ4_RAW -> new Block(new Lz4Decompressor());
            case GZIP -> new Gzip();
            default -> throw new IllegalArgumentException("Pages compressed with " + codec + " cannot be read");
        };
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        throw new UnsupportedOperationException("This format only reads Parquet files");
    }

    @Override
    public void release() {
    }

    /**
     * Decompresses a page into exactly the bytes its header announces. The Parquet library passes buffers only
     * with a direct-memory allocator, which this format does not use; they work all the same.
     */
    private abstract static class Decompressing implements BytesInputDecompressor {

        @Override
        public BytesInput decompress(BytesInput bytes, int decompressedSize) throws IOException {
            ByteBuffer decompressed = ByteBuffer.allocate(decompressedSize);
            decompress(bytes.toByteBuffer(HeapByteBufferAllocator.getInstance(), allocated -> { }), decompressed,
                    decompressedSize);
            return BytesInput.from(decompressed.array());
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int decompressedSize)
                throws IOException {
            ByteBuffer compressed = input.slice(input.position(), compressedSize);
            input.position(input.position() + compressedSize);
            ByteBuffer target = output.slice(output.position(), decompressedSize);
            decompress(compressed, target, decompressedSize);
            output.position(output.position() + decompressedSize);
        }

        private void decompress(ByteBuffer compressed, ByteBuffer target, int decompressedSize) throws IOException {
            decompressInto(compressed, target);
            if (target.position() != decompressedSize) {
                throw new IOException("The page decompressed to " + target.position() + " bytes instead of the "
                        + decompressedSize + " its header announces");
            }
        }

        /** Decompresses all of {@code compressed} into {@code target}, from its position on, up to its limit. */
        abstract void decompressInto(ByteBuffer compressed, ByteBuffer target) throws IOException;

        @Override
        public void release() {
        }
    }

    private static final class Uncompressed extends Decompressing {

        @Override
        public BytesInput decompress(BytesInput bytes, int decompressedSize) {
            return bytes;
        }

        @Override
        void decompressInto(ByteBuffer compressed, ByteBuffer target) {
            target.put(compressed.slice(compressed.position(),
                    Math.min(compressed.remaining(), target.remaining())));
        }
    }

    /** Snappy, zstd and LZ4_RAW pages are compressed blocks (zstd: frames) without any other framing. */
    private static final class Block extends Decompressing {

        private final Decompressor decompressor;

        Block(Decompressor decompressor) {
            this.decompressor = decompressor;
        }

        @Override
        void decompressInto(ByteBuffer compressed, ByteBuffer target) throws IOException {
            try {
                decompressor.decompress(addressable(compressed), target);
            } catch (RuntimeException e) {
                throw new IOException("The page is not valid compressed data: " + Failures.describe(e), e);
            }
        }

        /** aircompressor reads arrays or direct memory, not read-only heap buffers. */
        private static ByteBuffer addressable(ByteBuffer buffer) {
            if (buffer.hasArray() || buffer.isDirect()) {
                return buffer;
            }
            ByteBuffer copy = ByteBuffer.allocate(buffer.remaining());
            copy.put(buffer.duplicate()).flip();
            return copy;
        }
    }

    private static final class Gzip extends Decompressing {

        @Override
        void decompressInto(ByteBuffer compressed, ByteBuffer target) throws IOException {
            try (InputStream in = new GZIPInputStream(ByteBufferInputStream.wrap(compressed.duplicate()))) {
                target.put(in.readNBytes(target.remaining()));
                if (in.read() >= 0) {
                    throw new IOException("The page decompresses to more than the " + target.limit()
                            + " bytes its header announces");
                }
            }
        }
    }
}
