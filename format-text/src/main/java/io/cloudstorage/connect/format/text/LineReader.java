package io.cloudstorage.connect.format.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.apache.kafka.connect.data.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.MalformedDataException;
import io.cloudstorage.connect.spi.format.ObjectContent;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.RecordReader;

/**
 * Splits a byte stream at '\n' (dropping a '\r' before it) without decoding what it does not return, and keeps
 * the byte offset of every line end so that a read can resume at the next line. Memory is bounded by the buffer
 * and the longest line allowed.
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
    public FormatRecord next() throws IOException {
        while (!ended) {
            if (position == limit && !fill()) {
                ended = true;
                if (pendingLength == 0) {
                    break;
                }
                FormatRecord last = record(pending, 0, pendingLength);
                pendingLength = 0;
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
            FormatRecord record;
            if (pendingLength == 0) {
                int start = position;
                position = newline + 1;
                record = record(buffer, start, withoutCarriageReturn(buffer, start, newline - start));
            } else {
                append(newline - position);
                position = newline + 1;
                record = record(pending, 0, withoutCarriageReturn(pending, 0, pendingLength));
                pendingLength = 0;
            }
            if (record != null) {
                return record;
            }
        }
        return null;
    }

    /** The record for a line, or {@code null} if it is empty and empty lines are skipped. */
    private FormatRecord record(byte[] bytes, int offset, int length) throws MalformedDataException {
        if (length > maxLineBytes) {
            throw tooLong(length);
        }
        if (length == 0 && skipEmpty) {
            return null;
        }
        records++;
        String line = text.decode(bytes, offset, length, records);
        return new FormatRecord(Schema.STRING_SCHEMA, line, new ReadPosition(records, bufferOffset + position, 0));
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

    /** Moves {@code length} bytes from the buffer into the pending line; one byte over the limit may be a '\r'. */
    private void append(int length) throws MalformedDataException {
        int needed = pendingLength + length;
        if (needed > maxLineBytes + 1) {
            throw tooLong(needed);
        }
        if (needed > pending.length) {
            pending = Arrays.copyOf(pending, (int) Math.min(Math.max(needed, 2L * pending.length), maxLineBytes + 1L));
        }
        System.arraycopy(buffer, position, pending, pendingLength, length);
        pendingLength = needed;
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

    private MalformedDataException tooLong(long length) {
        return new MalformedDataException("Line " + (records + 1) + " of " + content.location() + " is longer than "
                + LinesFormatProvider.MAX_BYTES + "=" + maxLineBytes + " bytes (at least " + length + " bytes); "
                + "raise " + LinesFormatProvider.MAX_BYTES + " if such lines are expected", records + 1);
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
