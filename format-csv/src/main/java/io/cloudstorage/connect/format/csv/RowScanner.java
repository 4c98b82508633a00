package io.cloudstorage.connect.format.csv;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits delimited text into rows and fields as bytes, without decoding any of it: rows end at LF or CRLF outside
 * quotes, fields at the delimiter. It keeps the byte offset where each row starts and ends, which is what a read
 * resumes from.
 *
 * <p>A row stays in the buffer until it ends, so that its fields are slices of the buffer (decoded later, once,
 * into their column's type) and its raw bytes are at hand if it turns out malformed. A row longer than the limit
 * is not kept: its first bytes are, and the rest is only scanned for its end. The scanner is a state machine
 * whose state survives buffer refills, so every byte is looked at once.
 */
final class RowScanner implements Closeable {

    /** What is wrong with the structure of a row, apart from its length. */
    enum Defect {
        NONE,
        /** A quoted field is followed by something other than a delimiter or a line break. */
        TEXT_AFTER_QUOTE,
        /** A quoted field is still open at the end of the object. */
        UNCLOSED_QUOTE
    }

    private static final byte LF = '\n';
    private static final byte CR = '\r';

    /** How a field's bytes become its text: as they are, or with escapes (and doubled quotes) resolved. */
    private static final byte PLAIN = 0;
    private static final byte QUOTED_WITH_ESCAPES = 1;
    private static final byte UNQUOTED_WITH_ESCAPES = 2;

    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int ESCAPED_IN_UNQUOTED = 2;
    private static final int QUOTED = 3;
    private static final int ESCAPED_IN_QUOTED = 4;
    /** A quote in a quoted field: the next byte tells a doubled quote from the closing one. */
    private static final int QUOTE_IN_QUOTED = 5;
    private static final int AFTER_QUOTE = 6;
    private static final int CR_AFTER_QUOTE = 7;

    private final InputStream in;
    private final int delimiter;
    private final int quote;
    private final int escape;
    private final boolean trim;
    private final boolean spaceIsBlank;
    private final boolean tabIsBlank;
    private final int maxRowBytes;
    private final int maxBufferBytes;

    private byte[] buffer;
    private int pos;
    private int limit;
    /** The object offset of buffer[0]. */
    private long bufferOffset;
    private boolean endOfInput;

    // The current row. Offsets of its fields are relative to rowStart, which moves when the buffer is compacted.
    private int rowStart;
    private long rowOffset;
    private long rowEndOffset;
    private long rowLength;
    /** Whether the row is held in the buffer; false once it has grown past the limit. */
    private boolean held;
    /** The bytes of a row too long to hold that were dropped from the buffer. */
    private long droppedBytes;
    private byte[] heldStart;
    private Defect defect;
    private int defectField;
    private int fieldCount;
    private int[] fieldStarts = new int[16];
    private int[] fieldEnds = new int[16];
    private byte[] fieldKinds = new byte[16];
    private byte[] unescaped = new byte[64];

    // The field being scanned.
    private int state;
    private byte kind;
    private int fieldStart;
    /** The end of the last escaped byte, which trimming must not remove. */
    private int literalEnd;
    private int closingQuote;

    /**
     * @param in           the content from {@code offset} on; closed with the scanner
     * @param offset       the object offset of the first byte of {@code in}
     * @param maxRowBytes  the longest row held, in bytes without its line ending
     * @param bufferBytes  the first size of the buffer, which grows (up to about {@code maxRowBytes}) for long rows
     */
    RowScanner(InputStream in, long offset, Dialect dialect, int maxRowBytes, int bufferBytes) {
        this.in = in;
        this.bufferOffset = offset;
        this.delimiter = dialect.delimiter();
        this.quote = dialect.quote();
        this.escape = dialect.escape();
        this.trim = dialect.trim();
        this.spaceIsBlank = dialect.delimiter() != ' ';
        this.tabIsBlank = dialect.delimiter() != '\t';
        this.maxRowBytes = maxRowBytes;
        this.maxBufferBytes = Math.max(bufferBytes, maxRowBytes + 2);
        this.buffer = new byte[Math.max(bufferBytes, 4)];
    }

    /** Drops a UTF-8 byte order mark, if the content starts with one; call it at the start of an object only. */
    void skipByteOrderMark() throws IOException {
        rowStart = pos;
        while (limit - pos < 3 && fill(pos)) {
            // a stream may hand out fewer bytes than asked for
        }
        if (limit - pos >= 3 && buffer[pos] == (byte) 0xEF && buffer[pos + 1] == (byte) 0xBB
                && buffer[pos + 2] == (byte) 0xBF) {
            pos += 3;
        }
    }

    /** Skips one line, up to and including its LF, quotes or not; false if there is none. */
    boolean skipLine() throws IOException {
        rowStart = pos;
        if (pos == limit && !fill(pos)) {
            return false;
        }
        while (true) {
            for (int i = pos; i < limit; i++) {
                if (buffer[i] == LF) {
                    pos = i + 1;
                    return true;
                }
            }
            pos = limit;
            rowStart = limit;
            if (!fill(limit)) {
                return true;
            }
        }
    }

    /**
     * Scans the next row, after any blank lines (LF or CRLF alone), which are not rows; false at the end of the
     * content. The row's fields are valid until the next call.
     */
    boolean nextRow() throws IOException {
        if (!skipBlankLines()) {
            return false;
        }
        beginRow();
        while (!scan()) {
            if (held && limit - rowStart > maxRowBytes + 1L) {
                stopHolding();
            }
            if (!held) {
                droppedBytes += limit - rowStart;
                rowStart = limit;
            }
            if (!fill(rowStart)) {
                endAtEndOfInput();
                break;
            }
        }
        return true;
    }

    private boolean skipBlankLines() throws IOException {
        while (true) {
            rowStart = pos;
            if (pos == limit && !fill(pos)) {
                return false;
            }
            byte b = buffer[pos];
            if (b == LF) {
                pos++;
            } else if (b == CR) {
                if (pos + 1 == limit && !fill(pos)) {
                    return true;
                }
                if (buffer[pos + 1] != LF) {
                    return true;
                }
                pos += 2;
            } else {
                return true;
            }
        }
    }

    private void beginRow() {
        rowStart = pos;
        rowOffset = bufferOffset + pos;
        held = true;
        droppedBytes = 0;
        heldStart = null;
        defect = Defect.NONE;
        fieldCount = 0;
        state = FIELD_START;
    }

    /** Keeps the row's first bytes, for its malformed record, and stops holding the rest. */
    private void stopHolding() {
        heldStart = Arrays.copyOfRange(buffer, rowStart, rowStart + maxRowBytes);
        held = false;
    }

    /**
     * Scans the current row from {@link #pos}: true if it ended at a line break ({@link #pos} is then after it),
     * false if the buffer ran out first.
     */
    private boolean scan() {
        final byte[] buf = buffer;
        final int end = limit;
        int i = pos;
        while (i < end) {
            switch (state) {
                case FIELD_START -> {
                    byte b = buf[i];
                    if (b == quote) {
                        state = QUOTED;
                        kind = PLAIN;
                        fieldStart = ++i - rowStart;
                    } else if (trim && isBlank(b)) {
                        i++;
                    } else {
                        state = UNQUOTED;
                        kind = PLAIN;
                        fieldStart = i - rowStart;
                        literalEnd = fieldStart;
                    }
                }
                case UNQUOTED -> {
                    while (i < end) {
                        byte b = buf[i];
                        if (b == delimiter || b == LF || b == escape) {
                            break;
                        }
                        i++;
                    }
                    if (i < end) {
                        byte b = buf[i];
                        if (b == delimiter) {
                            endUnquotedField(i);
                            state = FIELD_START;
                            i++;
                        } else if (b == LF) {
                            int contentEnd = withoutCarriageReturn(i);
                            endUnquotedField(contentEnd);
                            pos = i + 1;
                            endRow(contentEnd);
                            return true;
                        } else {
                            kind = UNQUOTED_WITH_ESCAPES;
                            state = ESCAPED_IN_UNQUOTED;
                            i++;
                        }
                    }
                }
                case ESCAPED_IN_UNQUOTED -> {
                    literalEnd = ++i - rowStart;
                    state = UNQUOTED;
                }
                case QUOTED -> {
                    while (i < end) {
                        byte b = buf[i];
                        if (b == quote || b == escape) {
                            break;
                        }
                        i++;
                    }
                    if (i < end) {
                        if (buf[i] == quote) {
                            closingQuote = i - rowStart;
                            state = QUOTE_IN_QUOTED;
                        } else {
                            kind = QUOTED_WITH_ESCAPES;
                            state = ESCAPED_IN_QUOTED;
                        }
                        i++;
                    }
                }
                case ESCAPED_IN_QUOTED -> {
                    i++;
                    state = QUOTED;
                }
                case QUOTE_IN_QUOTED -> {
                    if (buf[i] == quote) {
                        kind = QUOTED_WITH_ESCAPES;
                        state = QUOTED;
                        i++;
                    } else {
                        addField(fieldStart, closingQuote);
                        state = AFTER_QUOTE;
                    }
                }
                case AFTER_QUOTE -> {
                    byte b = buf[i];
                    if (b == delimiter) {
                        state = FIELD_START;
                        i++;
                    } else if (b == LF) {
                        pos = i + 1;
                        endRow(i);
                        return true;
                    } else if (b == CR) {
                        state = CR_AFTER_QUOTE;
                        i++;
                    } else if (trim && isBlank(b)) {
                        i++;
                    } else {
                        textAfterQuote();
                    }
                }
                case CR_AFTER_QUOTE -> {
                    if (buf[i] == LF) {
                        pos = i + 1;
                        endRow(i - 1);
                        return true;
                    }
                    textAfterQuote();
                }
                default -> throw new IllegalStateException("Unknown scanner state " + state);
            }
        }
        pos = i;
        return false;
    }

    /**
     * The field is not a well-formed quoted one after all: it goes on as unquoted text from its opening quote (so
     * that the end of the row is found as a reader of the same text would), and the row is malformed.
     */
    private void textAfterQuote() {
        fieldCount--;
        if (defect == Defect.NONE) {
            defect = Defect.TEXT_AFTER_QUOTE;
            defectField = fieldCount;
        }
        state = UNQUOTED;
        kind = PLAIN;
        fieldStart--;
        literalEnd = fieldStart;
    }

    private void endAtEndOfInput() {
        int contentEnd = limit;
        switch (state) {
            case FIELD_START -> {
                kind = PLAIN;
                addField(limit - rowStart, limit - rowStart);
            }
            case UNQUOTED, ESCAPED_IN_UNQUOTED -> endUnquotedField(limit);
            case QUOTED, ESCAPED_IN_QUOTED -> {
                if (defect == Defect.NONE) {
                    defect = Defect.UNCLOSED_QUOTE;
                    defectField = fieldCount;
                }
                addField(fieldStart, limit - rowStart);
            }
            case QUOTE_IN_QUOTED -> addField(fieldStart, closingQuote);
            case CR_AFTER_QUOTE -> contentEnd = limit - 1;
            default -> {
                // after a closing quote: the field is already added
            }
        }
        pos = limit;
        endRow(contentEnd);
    }

    private void endRow(int contentEnd) {
        rowLength = droppedBytes + contentEnd - rowStart;
        rowEndOffset = bufferOffset + pos;
    }

    /** The end of an unquoted field's content at a LF: before a CR that is not escaped. */
    private int withoutCarriageReturn(int lineFeed) {
        int crAt = lineFeed - 1;
        if (crAt >= rowStart && buffer[crAt] == CR && (!held || crAt - rowStart >= literalEnd)) {
            return crAt;
        }
        return lineFeed;
    }

    private void endUnquotedField(int end) {
        int fieldEnd = end - rowStart;
        if (trim && held) {
            int floor = Math.max(fieldStart, literalEnd);
            while (fieldEnd > floor && isBlank(buffer[rowStart + fieldEnd - 1])) {
                fieldEnd--;
            }
        }
        addField(fieldStart, fieldEnd);
    }

    /** Records a field of the row (relative to its start); of a row not held, only counts it. */
    private void addField(int start, int end) {
        if (held) {
            if (fieldCount == fieldStarts.length) {
                fieldStarts = Arrays.copyOf(fieldStarts, fieldCount * 2);
                fieldEnds = Arrays.copyOf(fieldEnds, fieldCount * 2);
                fieldKinds = Arrays.copyOf(fieldKinds, fieldCount * 2);
            }
            fieldStarts[fieldCount] = start;
            fieldEnds[fieldCount] = end;
            fieldKinds[fieldCount] = kind;
        }
        fieldCount++;
    }

    private boolean isBlank(byte b) {
        return b == ' ' ? spaceIsBlank : b == '\t' && tabIsBlank;
    }

    /**
     * Moves the bytes from {@code keepFrom} to the start of the buffer, grows the buffer if they fill more than
     * half of it, and reads more after them; false at the end of the content.
     */
    private boolean fill(int keepFrom) throws IOException {
        if (endOfInput) {
            return false;
        }
        int kept = limit - keepFrom;
        if (keepFrom > 0) {
            System.arraycopy(buffer, keepFrom, buffer, 0, kept);
            bufferOffset += keepFrom;
            pos -= keepFrom;
            rowStart -= keepFrom;
            limit = kept;
        }
        if (kept > buffer.length / 2 && buffer.length < maxBufferBytes) {
            buffer = Arrays.copyOf(buffer, (int) Math.min(2L * buffer.length, maxBufferBytes));
        }
        if (limit == buffer.length) {
            throw new IllegalStateException("The row buffer is full: " + limit + " bytes");
        }
        int read;
        do {
            read = in.read(buffer, limit, buffer.length - limit);
        } while (read == 0);
        if (read < 0) {
            endOfInput = true;
            return false;
        }
        limit += read;
        return true;
    }

    /** The object offset where the current row starts. */
    long rowOffset() {
        return rowOffset;
    }

    /** The object offset after the current row and its line ending: where the next row starts. */
    long rowEndOffset() {
        return rowEndOffset;
    }

    /** The length of the current row in bytes, without its line ending. */
    long rowLength() {
        return rowLength;
    }

    boolean tooLong() {
        return rowLength > maxRowBytes;
    }

    Defect defect() {
        return defect;
    }

    /** The field (from 0) that has the {@link #defect()}. */
    int defectField() {
        return defectField;
    }

    int fieldCount() {
        return fieldCount;
    }

    /** The bytes of the current row without its line ending, at most the longest row held. */
    byte[] raw() {
        if (!held) {
            return heldStart.clone();
        }
        return Arrays.copyOfRange(buffer, rowStart, rowStart + (int) Math.min(rowLength, maxRowBytes));
    }

    /**
     * The value of a field of the current row, which must be neither {@link #tooLong()} nor defective: its bytes,
     * unquoted and unescaped, parsed by {@code type}.
     */
    Object value(int field, ColumnType type) throws InvalidValueException {
        if (fieldKinds[field] == PLAIN) {
            return type.parse(buffer, rowStart + fieldStarts[field], fieldEnds[field] - fieldStarts[field]);
        }
        return type.parse(unescaped, 0, unescape(field));
    }

    /** The text of a field of the current row, as {@link #value} gives it to a string column. */
    String text(int field) {
        if (fieldKinds[field] == PLAIN) {
            return new String(buffer, rowStart + fieldStarts[field], fieldEnds[field] - fieldStarts[field], UTF_8);
        }
        return new String(unescaped, 0, unescape(field), UTF_8);
    }

    /**
     * Copies a field's bytes into {@link #unescaped}, resolving escapes and, in a quoted field, doubled quotes
     * (the scanner has checked that every other quote in it is doubled); returns the length of the result.
     */
    private int unescape(int field) {
        int start = rowStart + fieldStarts[field];
        int end = rowStart + fieldEnds[field];
        boolean quoted = fieldKinds[field] == QUOTED_WITH_ESCAPES;
        if (unescaped.length < end - start) {
            unescaped = new byte[Math.max(end - start, unescaped.length * 2)];
        }
        int out = 0;
        for (int i = start; i < end; i++) {
            byte b = buffer[i];
            if (b == escape && i + 1 < end) {
                b = escaped(buffer[++i]);
            } else if (quoted && b == quote) {
                i++;
            }
            unescaped[out++] = b;
        }
        return out;
    }

    private static byte escaped(byte b) {
        return switch (b) {
            case 't' -> '\t';
            case 'n' -> LF;
            case 'r' -> CR;
            default -> b;
        };
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
