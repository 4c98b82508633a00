package io.cloudstorage.connect.format.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;

import io.cloudstorage.connect.spi.format.ObjectContent;

/** Content whose stream fails, as a network connection does, once a number of bytes have been read. */
final class FailingContent implements ObjectContent {

    static final IOException FAILURE = new IOException("connection reset");

    private final byte[] bytes;
    private final int failAfter;

    FailingContent(byte[] bytes, int failAfter) {
        this.bytes = bytes.clone();
        this.failAfter = failAfter;
    }

    @Override
    public String key() {
        return "failing.json";
    }

    @Override
    public String location() {
        return "memory://failing.json";
    }

    @Override
    public OptionalLong size() {
        return OptionalLong.of(bytes.length);
    }

    @Override
    public InputStream open(long position) {
        return new InputStream() {
            private final InputStream in = new ByteArrayInputStream(bytes, (int) position,
                    bytes.length - (int) position);
            private long read = position;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (read >= failAfter) {
                    throw FAILURE;
                }
                int n = in.read(buffer, offset, (int) Math.min(length, failAfter - read));
                read += Math.max(n, 0);
                return n;
            }
        };
    }
}
