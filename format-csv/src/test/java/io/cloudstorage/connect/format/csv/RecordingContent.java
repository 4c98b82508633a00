package io.cloudstorage.connect.format.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import io.cloudstorage.connect.spi.format.InMemoryContent;
import io.cloudstorage.connect.spi.format.ObjectContent;

/**
 * Content that records where readers open it and how many bytes they actually read, and can fail with an I/O
 * error once a number of bytes has been read, as a network stream does.
 */
final class RecordingContent implements ObjectContent {

    private final InMemoryContent content;
    private final long failAfterBytes;
    private final List<Long> openedAt = new ArrayList<>();
    private long bytesRead;

    RecordingContent(InMemoryContent content) {
        this(content, Long.MAX_VALUE);
    }

    RecordingContent(InMemoryContent content, long failAfterBytes) {
        this.content = content;
        this.failAfterBytes = failAfterBytes;
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
        return content.size();
    }

    @Override
    public InputStream open(long position) {
        openedAt.add(position);
        return new FilterInputStream(content.open(position)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (bytesRead >= failAfterBytes) {
                    throw new IOException("Connection reset");
                }
                int read = super.read(b, off, (int) Math.min(len, failAfterBytes - bytesRead));
                bytesRead += Math.max(read, 0);
                return read;
            }
        };
    }

    List<Long> openedAt() {
        return openedAt;
    }

    long bytesRead() {
        return bytesRead;
    }
}
