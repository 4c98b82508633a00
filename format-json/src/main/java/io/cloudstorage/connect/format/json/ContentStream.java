package io.cloudstorage.connect.format.json;

import java.io.IOException;
import java.io.InputStream;

/**
 * The content as the JSON parser reads it. Jackson's parse errors are {@link IOException}s too, so this stream
 * remembers the failures of the content itself, which must reach the connector unchanged (it retries them),
 * while the parser's own become malformed data. It also bounds how far the parser may read past the start of a
 * record, and can put bytes of its own before the content (to resume inside an array).
 */
final class ContentStream extends InputStream {

    private final InputStream content;
    private final byte[] head;
    private final byte[] oneByte = new byte[1];
    private int headRead;
    private long delivered;
    private long limit = Long.MAX_VALUE;
    private IOException failure;

    /**
     * @param content the content
     * @param head    bytes the parser reads before the content
     */
    ContentStream(InputStream content, byte[] head) {
        this.content = content;
        this.head = head;
    }

    /** The failure of the content's own stream, if it failed. */
    IOException failure() {
        return failure;
    }

    /** How many bytes the parser has read, head included. */
    long delivered() {
        return delivered;
    }

    /**
     * Refuses to deliver bytes past {@code offset} (counted as {@link #delivered()}): the parser then fails with a
     * {@link RecordTooLargeException}.
     */
    void limitTo(long offset) {
        this.limit = offset;
    }

    @Override
    public int read() throws IOException {
        return read(oneByte, 0, 1) < 0 ? -1 : oneByte[0] & 0xFF;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (headRead < head.length) {
            int n = Math.min(length, head.length - headRead);
            System.arraycopy(head, headRead, bytes, offset, n);
            headRead += n;
            delivered += n;
            return n;
        }
        if (delivered >= limit) {
            throw new RecordTooLargeException();
        }
        int n;
        try {
            n = content.read(bytes, offset, (int) Math.min(length, limit - delivered));
        } catch (IOException e) {
            failure = e;
            throw e;
        }
        if (n > 0) {
            delivered += n;
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
