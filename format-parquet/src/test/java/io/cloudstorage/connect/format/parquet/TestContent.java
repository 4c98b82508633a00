package io.cloudstorage.connect.format.parquet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import io.cloudstorage.connect.spi.format.InMemoryContent;
import io.cloudstorage.connect.spi.format.ObjectContent;

/**
 * Object content in memory that records where it is opened, and that can fail as storage does: with an unknown
 * size (decompressed on the fly), or with an I/O error when a given byte is read.
 */
final class TestContent implements ObjectContent {

    private final InMemoryContent content;
    private final List<Long> opens = new ArrayList<>();
    private boolean sizeKnown = true;
    private long failingPosition = Long.MAX_VALUE;
    private IOException failure;

    private TestContent(byte[] bytes) {
        this.content = new InMemoryContent("file.parquet", bytes);
    }

    static TestContent of(byte[] bytes) {
        return new TestContent(bytes);
    }

    TestContent withoutSize() {
        sizeKnown = false;
        return this;
    }

    /** Reading the byte at {@code position} throws {@code failure}. */
    TestContent failingAt(long position, IOException failure) {
        this.failingPosition = position;
        this.failure = failure;
        return this;
    }

    /** The positions the content was opened at, in order. */
    List<Long> opens() {
        return opens;
    }

    /** The bytes after the positions the content was opened at, summed over every open. */
    long bytesOpened() {
        return content.bytesOpened();
    }

    @Override
    public String key() {
        return content.key();
    }

    @Override
    public String location() {
        return content.location();
    }

    @Override
    public OptionalLong size() {
        return sizeKnown ? content.size() : OptionalLong.empty();
    }

    @Override
    public InputStream open(long position) {
        opens.add(position);
        return new FilterInputStream(content.open(position)) {
            private long at = position;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (at <= failingPosition && failingPosition < at + length) {
                    if (at == failingPosition) {
                        throw failure;
                    }
                    length = (int) (failingPosition - at);
                }
                int read = super.read(buffer, offset, length);
                at += Math.max(read, 0);
                return read;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(Math.min(n, Math.max(0, failingPosition - at)));
                at += skipped;
                return skipped;
            }
        };
    }
}
