package io.cloudstorage.connect.format.avro;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import io.cloudstorage.connect.spi.format.ObjectContent;

/**
 * Object content in memory that records where it was opened and how many bytes were read from it; it can hide its
 * size (as decompressed content does) and fail like a network after a number of bytes.
 */
final class RecordingContent implements ObjectContent {

    private final byte[] bytes;
    private final boolean sizeKnown;
    private final long failAfter;
    private final IOException failure;
    private final List<Long> opens = new ArrayList<>();
    private long bytesRead;

    private RecordingContent(byte[] bytes, boolean sizeKnown, long failAfter, IOException failure) {
        this.bytes = bytes;
        this.sizeKnown = sizeKnown;
        this.failAfter = failAfter;
        this.failure = failure;
    }

    static RecordingContent of(byte[] bytes) {
        return new RecordingContent(bytes, true, Long.MAX_VALUE, null);
    }

    static RecordingContent ofUnknownSize(byte[] bytes) {
        return new RecordingContent(bytes, false, Long.MAX_VALUE, null);
    }

    /** Content whose streams throw {@code failure} once {@code failAfter} bytes of the object were read. */
    static RecordingContent failing(byte[] bytes, long failAfter, IOException failure) {
        return new RecordingContent(bytes, true, failAfter, failure);
    }

    @Override
    public String key() {
        return "data.avro";
    }

    @Override
    public String location() {
        return "memory://data.avro";
    }

    @Override
    public OptionalLong size() {
        return sizeKnown ? OptionalLong.of(bytes.length) : OptionalLong.empty();
    }

    @Override
    public InputStream open(long position) {
        opens.add(position);
        int from = (int) Math.min(position, bytes.length);
        return new FilterInputStream(new ByteArrayInputStream(bytes, from, bytes.length - from)) {
            private long offset = from;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int off, int length) throws IOException {
                if (offset >= failAfter) {
                    throw failure;
                }
                int n = super.read(buffer, off, (int) Math.min(length, failAfter - offset));
                if (n > 0) {
                    offset += n;
                    bytesRead += n;
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                byte[] dropped = new byte[(int) Math.min(n, 8192)];
                return Math.max(0, read(dropped, 0, dropped.length));
            }
        };
    }

    /** The positions the content was opened at, in order. */
    List<Long> opens() {
        return opens;
    }

    /** The bytes read from all streams opened. */
    long bytesRead() {
        return bytesRead;
    }
}
