package io.cloudstorage.connect.format.parquet;

import java.io.IOException;
import java.io.InputStream;

import io.cloudstorage.connect.spi.format.ObjectContent;

/**
 * Reads object content at any position. A seek only moves the position: the content is opened there (a ranged
 * request) by the next read, and only if the stream open at that moment cannot get there cheaply by reading
 * forward a little. Bytes of the file's tail, already in memory, are never requested again.
 *
 * <p>It remembers the last failure of the content, so that the reader can tell an I/O error, which the Parquet
 * library may have wrapped in an exception of its own, from an error in the data.
 */
final class RangedContentStream extends InputStream {

    /** Reading this much to move forward costs less than a new request. */
    private static final long MAX_FORWARD_READ = 1024 * 1024;

    private final ObjectContent content;
    private final FileTail tail;
    private InputStream in;
    /** The position of {@link #in}. */
    private long inPosition;
    private long position;
    private IOException failure;

    RangedContentStream(ObjectContent content, FileTail tail) {
        this.content = content;
        this.tail = tail;
    }

    long position() {
        return position;
    }

    void seek(long newPosition) {
        position = newPosition;
    }

    /** The last I/O error of the content, if any. */
    IOException failure() {
        return failure;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position >= tail.size()) {
            return -1;
        }
        int read = position >= tail.offset() ? readTail(buffer, offset, length) : readContent(buffer, offset,
                (int) Math.min(length, tail.offset() - position));
        if (read > 0) {
            position += read;
        }
        return read;
    }

    private int readTail(byte[] buffer, int offset, int length) {
        int from = (int) (position - tail.offset());
        int read = Math.min(length, tail.bytes().length - from);
        System.arraycopy(tail.bytes(), from, buffer, offset, read);
        return read;
    }

    private int readContent(byte[] buffer, int offset, int length) throws IOException {
        try {
            moveTo(position);
            int read = in.read(buffer, offset, length);
            if (read > 0) {
                inPosition += read;
            }
            return read;
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    private void moveTo(long target) throws IOException {
        if (in != null && target > inPosition && target - inPosition <= MAX_FORWARD_READ) {
            in.skipNBytes(target - inPosition);
            inPosition = target;
        }
        if (in == null || inPosition != target) {
            closeContent();
            in = content.open(target);
            inPosition = target;
        }
    }

    private void closeContent() throws IOException {
        if (in != null) {
            InputStream open = in;
            in = null;
            open.close();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            closeContent();
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }
}
