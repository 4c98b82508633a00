package io.cloudstorage.connect.format.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.apache.kafka.connect.data.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.MalformedRecord;
import io.cloudstorage.connect.spi.format.ObjectContent;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.ReadResult;
import io.cloudstorage.connect.spi.format.RecordReader;

/**
 * Splits a byte stream at '\n' (dropping a '\r' before it) without decoding what it does not return, and keeps
 * the byte offset of every line end so that a read can resume at the next line. Memory is bounded by the buffer
 * and the longest line allowed: a longer line is stepped over as a malformed record holding its first bytes.
 */
final class LineReader implements RecordReader {

    private static final Logger log = LoggerFactory.getLogger(LineReader.class);
    private static final int BUFFER_BYTES = 64 * 1024;

    private final ObjectContent content;
    private final InputStream in;
    private final int maxLineBytes;
    private final boolean skipEmpty;
    private final Utf8Text text = new Utf8Text();

    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int position;
    private int limit;
    /** The object offset of buffer[0]. */
    private long bufferOffset;
    /** A line that spans buffer refills. */
    private byte[] pending = new byte[0];
    private int pendingLength;
    /** The length of the line being read, including the bytes not kept in {@link #pending}. */
    private long lineBytes;
    private long records;
    private boolean ended;

    LineReader(ObjectContent content, ReadPosition start, int maxLineBytes, boolean skipEmpty) throws IOException {
        this.content = content;
        this.maxLineBytes = maxLineBytes;
        this.skipEmpty = skipEmpty;
        this.in = content.open(start.seek());
        this.bufferOffset = start.seek();
        this.records = start.records() - start.skip();
        for (long i = 0; i < start.skip(); i++) {
            if (next() == null) {
                break;
            }
        }
    }

    @Override
    public ReadResult next() throws IOException {
        while (!ended) {
            if (position == limit && !fill()) {
                ended = true;
                if (pendingLength == 0 && lineBytes == 0) {
                    break;
                }
                ReadResult last = endLine(pending, 0, pendingLength);
                if (last != null) {
                    return last;
                }
                break;
            }
            int newline = indexOfNewline();
            if (newline < 0) {
                append(limit - position);
                continue;
            }
            ReadResult result;
            if (lineBytes == 0) {
                int start = position;
                position = newline + 1;
                lineBytes = newline - start;
                result = endLine(buffer, start, withoutCarriageReturn(buffer, start, newline - start));
            } else {
                append(newline - position);
                position = newline + 1;
                result = endLine(pending, 0, withoutCarriageReturn(pending, 0, pendingLength));
            }
            if (result != null) {
                return result;
            }
        }
        return null;
    }

    /**
     * The result for the line that just ended ({@code length} bytes without its line ending, of which the first
     * are in {@code bytes}), or {@code null} if it is empty and empty lines are skipped.
     */
    private ReadResult endLine(byte[] bytes, int offset, int length) {
        long total = Math.max(lineBytes, length);
        boolean tooLong = total > maxLineBytes && !(total == maxLineBytes + 1L && length == maxLineBytes);
        lineBytes = 0;
        pendingLength = 0;
        if (length == 0 && skipEmpty) {
            return null;
        }
        records++;
        ReadPosition next = new ReadPosition(records, bufferOffset + position, 0);
        if (tooLong) {
            return new MalformedRecord(Arrays.copyOfRange(bytes, offset, offset + Math.min(length, maxLineBytes)),
                    "Line " + records + " is longer than " + LinesFormatProvider.MAX_BYTES + "=" + maxLineBytes
                            + " bytes (" + total + " bytes); raise " + LinesFormatProvider.MAX_BYTES
                            + " if such lines are expected", next);
        }
        return new FormatRecord(Schema.STRING_SCHEMA, text.decode(bytes, offset, length, records), next);
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int withoutCarriageReturn(byte[] bytes, int offset, int length) {
        return length > 0 && bytes[offset + length - 1] == '\r' ? length - 1 : length;
    }

    /**
     * Moves {@code length} bytes of the line being read from the buffer into the pending line. Past the longest
     * allowed line (plus one byte, which may be a '\r'), bytes are counted but not kept: memory stays bounded.
     */
    private void append(int length) {
        int kept = (int) Math.min(length, Math.max(0, maxLineBytes + 1L - pendingLength));
        if (pendingLength + kept > pending.length) {
            pending = Arrays.copyOf(pending, (int) Math.min(Math.max(pendingLength + kept, 2L * pending.length),
                    maxLineBytes + 1L));
        }
        System.arraycopy(buffer, position, pending, pendingLength, kept);
        pendingLength += kept;
        lineBytes += length;
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
        if (text.malformedLines() > 0) {
            log.warn("{} lines of {} were not valid UTF-8 (the first was record {}): each invalid byte sequence was "
                    + "replaced by U+FFFD; use format=bytes to keep the raw bytes", text.malformedLines(),
                    content.location(), text.firstMalformedRecord());
        }
        in.close();
    }
}
