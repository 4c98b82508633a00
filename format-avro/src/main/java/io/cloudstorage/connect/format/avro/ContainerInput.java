package io.cloudstorage.connect.format.avro;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

import io.cloudstorage.connect.spi.format.ObjectContent;

/**
 * The bytes of an Avro container file as the container's framing reads them: zig-zag varints and byte runs,
 * with the byte offset of the next one. The end of the content where more bytes are due is a
 * {@link CorruptDataException} (a truncated file), while any {@link IOException} comes from the content's stream
 * and is passed on unchanged.
 */
final class ContainerInput implements Closeable {

    private static final int BUFFER_BYTES = 64 * 1024;
    private static final int MAX_VARINT_BYTES = 10;

    private final InputStream in;
    private long offset;

    private ContainerInput(InputStream in, long offset) {
        this.in = in;
        this.offset = offset;
    }

    /** The content from byte {@code position} on. */
    static ContainerInput open(ObjectContent content, long position) throws IOException {
        return new ContainerInput(new BufferedInputStream(content.open(position), BUFFER_BYTES), position);
    }

    /**
     * The content from {@code position} on, which is not before {@link #offset()}: this input having stepped over
     * the bytes before it if the content's size is unknown (opening a decompressed content at a position would
     * decompress them all the same), or else the content opened again at it, without reading them. This input is
     * closed if it is not the one returned.
     */
    ContainerInput moveTo(ObjectContent content, long position) throws IOException, CorruptDataException {
        if (position == offset) {
            return this;
        }
        if (content.size().isEmpty()) {
            skip(position - offset, "the bytes before byte " + position + ", where reading resumes");
            return this;
        }
        close();
        return open(content, position);
    }

    /** The offset in the content of the next byte to read. */
    long offset() {
        return offset;
    }

    /** The next byte (0 to 255), or -1 at the end of the content. */
    int readOrEnd() throws IOException {
        int b = in.read();
        if (b >= 0) {
            offset++;
        }
        return b;
    }

    /** Reads a zig-zag varint, as Avro encodes {@code int} and {@code long}, naming {@code what} it is if it is cut. */
    long readLong(String what) throws IOException, CorruptDataException {
        return readLong(readByte(what), what);
    }

    /** Reads a zig-zag varint whose first byte, {@code first}, was already read. */
    long readLong(int first, String what) throws IOException, CorruptDataException {
        long value = 0;
        int b = first;
        for (int i = 0; ; i++) {
            value |= (long) (b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0) {
                return (value >>> 1) ^ -(value & 1);
            }
            if (i + 1 == MAX_VARINT_BYTES) {
                throw new CorruptDataException(what + " is corrupt: the number at byte " + (offset - MAX_VARINT_BYTES)
                        + " is longer than Avro's " + MAX_VARINT_BYTES + " bytes");
            }
            b = readByte(what);
        }
    }

    /** Reads exactly {@code length} bytes. */
    byte[] readBytes(int length, String what) throws IOException, CorruptDataException {
        byte[] bytes = in.readNBytes(length);
        offset += bytes.length;
        if (bytes.length < length) {
            throw truncated(what);
        }
        return bytes;
    }

    /** Reads up to {@code length} bytes: fewer only at the end of the content. */
    byte[] readUpTo(int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        offset += bytes.length;
        return bytes;
    }

    /** Steps over exactly {@code length} bytes without keeping them. */
    void skip(long length, String what) throws IOException, CorruptDataException {
        long left = length;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw truncated(what);
                }
                skipped = 1;
            }
            offset += skipped;
            left -= skipped;
        }
    }

    private int readByte(String what) throws IOException, CorruptDataException {
        int b = readOrEnd();
        if (b < 0) {
            throw truncated(what);
        }
        return b;
    }

    private CorruptDataException truncated(String what) {
        return new CorruptDataException("the file is truncated: it ends at byte " + offset + ", in the middle of "
                + what);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
