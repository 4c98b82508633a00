package io.cloudstorage.connect.spi.format;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Object content held in memory. It records where readers open it and how much they read, so that tests can check
 * that formats seek rather than read, and it can behave as storage does: hide its size (as content decompressed on
 * the fly does), or fail with an I/O error at a given byte (as a network stream does).
 */
public final class InMemoryContent implements ObjectContent {

    private final String key;
    private final byte[] bytes;
    private final List<Long> opens = new ArrayList<>();
    private boolean sizeKnown = true;
    private long failingPosition = Long.MAX_VALUE;
    private IOException failure;
    private long bytesOpened;
    private long bytesRead;

    public InMemoryContent(String key, byte[] bytes) {
        this.key = key;
        this.bytes = bytes.clone();
    }

    /** This content, with no size known before reading. */
    public InMemoryContent withoutSize() {
        sizeKnown = false;
        return this;
    }

    /** This content, whose streams throw {@code failure} when the byte at {@code position} is read. */
    public InMemoryContent failingAt(long position, IOException failure) {
        this.failingPosition = position;
        this.failure = failure;
        return this;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String location() {
        return "memory://" + key;
    }

    @Override
    public OptionalLong size() {
        return sizeKnown ? OptionalLong.of(bytes.length) : OptionalLong.empty();
    }

    @Override
    public InputStream open(long position) {
        int from = (int) Math.min(position, bytes.length);
        opens.add(position);
        bytesOpened += bytes.length - from;
        return new FilterInputStream(new ByteArrayInputStream(bytes, from, bytes.length - from)) {
            private long at = from;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int read = super.read(buffer, offset, (int) bytesBeforeFailure(length));
                counted(read);
                return read;
            }

            /** As a storage stream skips: by reading, up to a failure. */
            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(bytesBeforeFailure(n));
                counted(skipped);
                return skipped;
            }

            /** At most {@code wanted}, and no byte at or past the failing one; at the failing byte, the failure. */
            private long bytesBeforeFailure(long wanted) throws IOException {
                if (wanted > 0 && at == failingPosition) {
                    throw failure;
                }
                return at < failingPosition ? Math.min(wanted, failingPosition - at) : wanted;
            }

            private void counted(long read) {
                at += Math.max(read, 0);
                bytesRead += Math.max(read, 0);
            }
        };
    }

    /** The positions readers opened the content at, in order. */
    public List<Long> opens() {
        return opens;
    }

    /** The bytes that lay after the positions readers opened the content at, summed over every open. */
    public long bytesOpened() {
        return bytesOpened;
    }

    /** The bytes read or skipped from every stream opened. */
    public long bytesRead() {
        return bytesRead;
    }
}
