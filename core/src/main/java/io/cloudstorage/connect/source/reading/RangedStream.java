package io.cloudstorage.connect.source.reading;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An object's stored bytes from a position, read as consecutive ranges: the range being read streams from a request
 * of its own while the next ones are fetched into memory on read-ahead threads, as many as the task's budget of
 * ranges allows. A remote store serves each connection at a limited pace; ranges requested side by side add up. A
 * range whose fetch failed, or had not started when it was reached, is requested by the reader itself, which then
 * meets any failure where it is handled.
 */
final class RangedStream extends InputStream {

    /** Where the ranges of one object come from. */
    interface Ranges {

        /** A request for {@code length} bytes from {@code position}, read as it goes. */
        InputStream open(long position, long length) throws IOException;

        /** A fetch of the range into memory, or empty if the task holds as many ranges as it may. */
        Optional<RangeFetch> fetch(long position, int length);
    }

    /**
     * @param bytes   the range's bytes, from the buffer's position to its limit
     * @param release gives back the task's part of its budget (and the buffer) that the fetch holds
     */
    record RangeFetch(BytesFetch<ByteBuffer> bytes, Runnable release) {
    }

    private final long end;
    private final int rangeBytes;
    private final Ranges ranges;
    private final Deque<Ahead> ahead = new ArrayDeque<>();
    private long position;
    /** Where the ranges read or fetched so far end. */
    private long requestedEnd;
    private InputStream current;
    private long currentStart;
    private long currentEnd;
    /** The fetched range being read, which holds its part of the budget until it is read; null if it streams. */
    private Ahead currentFetched;
    /** Whether the ranges after the one being read were asked for since it was opened. */
    private boolean fetchedAheadOfCurrent;

    /**
     * @param position   where to start
     * @param end        the object's size
     * @param rangeBytes the size of each range (the last one may be shorter)
     */
    RangedStream(long position, long end, int rangeBytes, Ranges ranges) {
        this.position = position;
        this.requestedEnd = position;
        this.end = end;
        this.rangeBytes = rangeBytes;
        this.ranges = ranges;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (current == null) {
            if (position >= end) {
                return -1;
            }
            openNextRange();
        }
        int read = current.read(buffer, offset, (int) Math.min(length, currentEnd - position));
        if (read < 0) {
            throw new EOFException("The range of bytes " + currentStart + " to " + currentEnd + " ended at "
                    + position);
        }
        position += read;
        if (!fetchedAheadOfCurrent) {
            // Only now, so that the first bytes of the range read do not queue behind those fetched ahead.
            fetchAhead();
            fetchedAheadOfCurrent = true;
        }
        if (position == currentEnd) {
            closeCurrent();
        }
        return read;
    }

    @Override
    public int available() throws IOException {
        return current == null ? 0 : (int) Math.min(current.available(), currentEnd - position);
    }

    private void openNextRange() throws IOException {
        Ahead next = ahead.pollFirst();
        long length = next != null ? next.length : Math.min(rangeBytes, end - position);
        Optional<ByteBuffer> fetched = next == null ? Optional.empty() : next.fetch.bytes().take();
        if (fetched.isPresent() && fetched.get().remaining() == length) {
            ByteBuffer bytes = fetched.get();
            current = new ByteArrayInputStream(bytes.array(), bytes.arrayOffset() + bytes.position(), (int) length);
            currentFetched = next;
        } else {
            if (next != null) {
                next.letGo();
            }
            try {
                current = ranges.open(position, length);
            } catch (IOException | RuntimeException e) {
                // Whoever reads on asks for this range again: what was fetched after it must follow it.
                dropAhead();
                throw e;
            }
        }
        currentStart = position;
        currentEnd = position + length;
        requestedEnd = Math.max(requestedEnd, currentEnd);
        fetchedAheadOfCurrent = false;
    }

    private void fetchAhead() {
        while (requestedEnd < end) {
            int length = (int) Math.min(rangeBytes, end - requestedEnd);
            Optional<RangeFetch> fetch = ranges.fetch(requestedEnd, length);
            if (fetch.isEmpty()) {
                return;
            }
            ahead.addLast(new Ahead(length, fetch.get()));
            requestedEnd += length;
        }
    }

    private void closeCurrent() throws IOException {
        InputStream closing = current;
        current = null;
        if (currentFetched != null) {
            currentFetched.letGo();
            currentFetched = null;
        }
        closing.close();
    }

    private void dropAhead() {
        for (Ahead dropped : ahead) {
            dropped.fetch.bytes().drop();
            dropped.letGo();
        }
        ahead.clear();
        requestedEnd = current == null ? position : currentEnd;
    }

    @Override
    public void close() throws IOException {
        dropAhead();
        if (current != null) {
            closeCurrent();
        }
    }

    /**
     * A range fetched ahead. Its part of the budget is given back once both the fetch has ended and the reader is
     * done with it (read it, requested it itself, or closed the stream), so that bytes still arriving count too.
     */
    private final class Ahead {

        private final int length;
        private final RangeFetch fetch;
        private final AtomicInteger holders = new AtomicInteger(2);

        Ahead(int length, RangeFetch fetch) {
            this.length = length;
            this.fetch = fetch;
            fetch.bytes().whenDone(this::letGo);
        }

        void letGo() {
            if (holders.decrementAndGet() == 0) {
                fetch.release().run();
            }
        }
    }
}
