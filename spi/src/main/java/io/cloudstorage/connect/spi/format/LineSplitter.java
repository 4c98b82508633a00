package io.cloudstorage.connect.spi.format;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.OptionalLong;

/**
 * Splits a byte stream into lines at '\n' (dropping a '\r' before it; a '\r' elsewhere, also at the very end, is
 * data), and knows the byte offset where each line ends, for formats that resume at a line. A line that lies in the
 * read buffer is handed out in place, without a copy. Memory is bounded by the buffer and the longest line allowed:
 * of a longer line, only the first bytes are kept, and the rest is counted.
 */
public final class LineSplitter implements Closeable {

    private static final int BUFFER_BYTES = 64 * 1024;
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer;
    private int position;
    private int limit;
    /** The offset of buffer[0] in the content. */
    private long bufferOffset;
    private boolean ended;

    /** A line that spans buffer refills: its first bytes, at most {@code maxLineBytes + 1} of them. */
    private byte[] pending = new byte[0];
    private int pendingLength;
    /** The length of the line being read, with the bytes not kept in {@link #pending}. */
    private long pendingTotal;
    private byte pendingLastByte;

    private byte[] lineBytes;
    private int lineOffset;
    private int lineKept;
    private long lineLength;
    private long lineEnd;

    /**
     * @param in     the content from {@code offset} on
     * @param offset where in the content the stream starts
     */
    public LineSplitter(InputStream in, long offset, int maxLineBytes) {
        this(in, offset, maxLineBytes, OptionalLong.empty());
    }

    /**
     * @param contentSize the size of the whole content, if known: a small one gets a buffer of its size, not one of
     *                    64 KiB (many small objects would each allocate the larger one)
     */
    public LineSplitter(InputStream in, long offset, int maxLineBytes, OptionalLong contentSize) {
        this.in = in;
        this.bufferOffset = offset;
        this.maxLineBytes = maxLineBytes;
        long left = contentSize.isPresent() ? contentSize.getAsLong() - offset + 1 : BUFFER_BYTES;
        this.buffer = new byte[(int) Math.max(1, Math.min(BUFFER_BYTES, left))];
    }

    /** Moves to the next line; false at the end of the content. */
    public boolean next() throws IOException {
        pendingLength = 0;
        pendingTotal = 0;
        while (!ended) {
            if (position == limit && !fill()) {
                ended = true;
                if (pendingTotal == 0) {
                    return false;
                }
                endPendingLine(false);
                return true;
            }
            int newline = indexOfNewline();
            if (newline < 0) {
                append(limit - position);
                continue;
            }
            if (pendingTotal == 0) {
                int start = position;
                int length = newline - start;
                if (length > 0 && buffer[newline - 1] == '\r') {
                    length--;
                }
                position = newline + 1;
                setLine(buffer, start, Math.min(length, maxLineBytes), length);
            } else {
                append(newline - position);
                position++;
                endPendingLine(true);
            }
            return true;
        }
        return false;
    }

    /** The array holding the line's first bytes (at most the longest allowed), from {@link #offset()}. */
    public byte[] bytes() {
        return lineBytes;
    }

    public int offset() {
        return lineOffset;
    }

    /** How many of the line's bytes {@link #bytes()} holds: all of them unless the line is too long. */
    public int kept() {
        return lineKept;
    }

    /** The line's length in bytes, without its line ending. */
    public long length() {
        return lineLength;
    }

    public boolean tooLong() {
        return lineLength > maxLineBytes;
    }

    /** The content offset after the line's line ending, where the next line starts. */
    public long end() {
        return lineEnd;
    }

    /** @param endsWithNewline whether a '\n' ended the line, rather than the end of the content */
    private void endPendingLine(boolean endsWithNewline) {
        long length = pendingTotal;
        if (endsWithNewline && pendingLastByte == '\r') {
            length--;
        }
        setLine(pending, 0, (int) Math.min(Math.min(length, pendingLength), maxLineBytes), length);
    }

    /** Hands out a line once {@link #position} is past its line ending. */
    private void setLine(byte[] bytes, int offset, int kept, long length) {
        lineBytes = bytes;
        lineOffset = offset;
        lineKept = kept;
        lineLength = length;
        lineEnd = bufferOffset + position;
    }

    /**
     * Looks at eight bytes at a time: a word with no '\n' costs a few arithmetic steps instead of eight compares and
     * branches, and lines are mostly such words.
     */
    private int indexOfNewline() {
        int i = position;
        for (; i + Long.BYTES <= limit; i += Long.BYTES) {
            long word = (long) WORDS.get(buffer, i) ^ NEWLINES;
            // The lowest byte of the word that is now zero (was '\n') sets its high bit; bytes above it may too.
            long zeroBytes = (word - LOW_BITS) & ~word & HIGH_BITS;
            if (zeroBytes != 0) {
                return i + (Long.numberOfTrailingZeros(zeroBytes) >>> 3);
            }
        }
        for (; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Moves {@code length} bytes of the line being read from the buffer into the pending line. Past the longest
     * allowed line plus one byte (which may be a '\r'), bytes are counted but not kept.
     */
    private void append(int length) {
        if (length == 0) {
            return;
        }
        int kept = (int) Math.min(length, Math.max(0, maxLineBytes + 1L - pendingLength));
        if (pendingLength + kept > pending.length) {
            pending = Arrays.copyOf(pending, (int) Math.min(Math.max(pendingLength + kept, 2L * pending.length),
                    maxLineBytes + 1L));
        }
        System.arraycopy(buffer, position, pending, pendingLength, kept);
        pendingLength += kept;
        pendingTotal += length;
        pendingLastByte = buffer[position + length - 1];
        position += length;
    }

    private boolean fill() throws IOException {
        bufferOffset += limit;
        position = 0;
        limit = 0;
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
        } while (read == 0);
        if (read < 0) {
            return false;
        }
        limit = read;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
