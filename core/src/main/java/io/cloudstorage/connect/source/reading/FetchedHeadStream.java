package io.cloudstorage.connect.source.reading;

import java.io.IOException;
import java.io.InputStream;

/**
 * An object's stored bytes from its start: first those fetched ahead, then the rest, which is opened only when
 * it is reached.
 */
final class FetchedHeadStream extends InputStream {

    /** Opens the object's stored bytes from a position. */
    @FunctionalInterface
    interface Rest {
        InputStream openAt(long position) throws IOException;
    }

    private final byte[] head;
    private final long size;
    private final Rest rest;
    private int next;
    private InputStream restStream;

    /** @param head the first bytes of an object of {@code size} bytes, all of them if it is that small */
    FetchedHeadStream(byte[] head, long size, Rest rest) {
        this.head = head;
        this.size = size;
        this.rest = rest;
    }

    @Override
    public int read() throws IOException {
        if (next < head.length) {
            return head[next++] & 0xff;
        }
        return rest().read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (next < head.length) {
            int n = Math.min(length, head.length - next);
            System.arraycopy(head, next, buffer, offset, n);
            next += n;
            return n;
        }
        return rest().read(buffer, offset, length);
    }

    @Override
    public int available() throws IOException {
        return next < head.length ? head.length - next : restStream == null ? 0 : restStream.available();
    }

    private InputStream rest() throws IOException {
        if (restStream == null) {
            restStream = head.length >= size ? InputStream.nullInputStream() : rest.openAt(head.length);
        }
        return restStream;
    }

    @Override
    public void close() throws IOException {
        if (restStream != null) {
            restStream.close();
        }
    }
}
