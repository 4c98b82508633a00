package io.cloudstorage.connect.format.json;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.cloudstorage.connect.spi.format.MalformedDataException;
import io.cloudstorage.connect.spi.format.MalformedRecord;
import io.cloudstorage.connect.spi.format.ObjectContent;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.ReadResult;
import io.cloudstorage.connect.spi.format.RecordReader;

/**
 * Reads a JSON document: one record, or one record per element when the document is an array, parsed one element
 * at a time, so that memory holds one element whatever the size of the array.
 *
 * <p>Inside an array, the position after an element is the byte offset where the next element starts (or where
 * the closing bracket is). A resumed read opens the content there and parses it as the rest of an array behind a
 * '[' of its own, reading nothing before the position. After a single document, the position is the content's
 * end. Where no byte offset is known (content in UTF-16 or UTF-32, which the parser reads as characters) the
 * position counts the records to read again and drop; so does the position of a record after which the JSON
 * breaks, so that a resumed read meets the same error.
 */
final class JsonDocumentReader implements RecordReader {

    private static final byte[] NOTHING = new byte[0];

    private final JsonRecords format;
    private final ContentStream stream;
    /** The content offset of the parser's byte 0 (which may be a '[' of the reader's own). */
    private final long base;
    /** Created by the first read: Jackson reads the content as it creates a parser, to detect the encoding. */
    private JsonParser parser;
    private boolean started;
    private boolean inArray;
    /** The first token of the next record, the array's end, or null after the document. */
    private JsonToken next;
    /** Met while looking for the next record; thrown when the reader gets there. */
    private MalformedDataException failure;
    private long records;

    JsonDocumentReader(JsonRecords format, ObjectContent content, ReadPosition start) throws IOException {
        this.format = format;
        this.records = start.records() - start.skip();
        if (start.seek() > 0) {
            InputStream rest = content.open(start.seek());
            int first = readFirstByte(rest);
            this.stream = new ContentStream(rest, first < 0 ? NOTHING : new byte[] {'[', (byte) first});
            this.base = start.seek() - 1;
            this.started = first < 0;
        } else {
            this.stream = new ContentStream(content.open(0), NOTHING);
            this.base = 0;
        }
        for (long i = 0; i < start.skip() && next() != null; i++) {
            // Re-reads the records the position says to drop.
        }
    }

    private static int readFirstByte(InputStream rest) throws IOException {
        try {
            return rest.read();
        } catch (IOException e) {
            rest.close();
            throw e;
        }
    }

    @Override
    public ReadResult next() throws IOException {
        if (failure != null) {
            throw failure;
        }
        if (!started) {
            started = true;
            next = firstRecordToken();
        }
        if (next == JsonToken.END_ARRAY) {
            next = advance(records + 1);
            if (next != null) {
                throw fail(new MalformedDataException("More JSON follows the array" + at(tokenOffset())
                        + ": an object holds one JSON document", records + 1));
            }
        }
        if (next == null) {
            return null;
        }
        return read(records + 1);
    }

    /** Steps into a top-level array, and onto the first token of the first record. */
    private JsonToken firstRecordToken() throws IOException {
        try {
            parser = format.factory().createParser(stream);
        } catch (IOException e) {
            throw fail(dataErrorOrItself(e, records + 1));
        }
        JsonToken first = advance(records + 1);
        if (first == JsonToken.START_ARRAY) {
            inArray = true;
            return advance(records + 1);
        }
        return first;
    }

    private ReadResult read(long number) throws IOException {
        long streamStart = parser.currentTokenLocation().getByteOffset();
        long start = parserOffset(streamStart);
        // Past this, the parser could only be inside a record that is too large.
        stream.limitTo((streamStart >= 0 ? streamStart : stream.delivered()) + format.maxBytes() + 1L);
        Object json;
        try {
            json = format.tree().read(parser);
        } catch (IOException e) {
            throw fail(dataErrorOrItself(e, number));
        }
        checkSize(number, start);
        // Looking ahead holds at most one number or the start of a value: it needs no limit.
        stream.limitTo(Long.MAX_VALUE);
        next = lookAhead(number);
        ReadPosition position = positionAfter(number, start);
        records = number;
        try {
            return format.mapping().record(json, position);
        } catch (ValueMismatch e) {
            return new MalformedRecord(format.text().utf8(json, format.maxBytes()), e.getMessage(), position);
        }
    }

    private void checkSize(long number, long start) throws MalformedDataException {
        long end = parserOffset(parser.currentLocation().getByteOffset());
        if (start >= 0 && end - start > format.maxBytes()) {
            throw fail(tooLarge(number, " (" + (end - start) + " bytes)"));
        }
    }

    /**
     * The first token after a record. A data error there does not spoil the record just read: it is kept for the
     * next call. The content's own failures are thrown at once (the record is read again on retry).
     */
    private JsonToken lookAhead(long number) throws IOException {
        try {
            JsonToken token = parser.nextToken();
            if (token != null && !inArray) {
                failure = new MalformedDataException("More JSON follows the document" + at(tokenOffset())
                        + ": an object holds one JSON document (format=jsonl reads one per line)", number + 1);
            }
            return token;
        } catch (IOException e) {
            IOException error = dataErrorOrItself(e, number + 1);
            if (error instanceof MalformedDataException malformed) {
                failure = malformed;
                return null;
            }
            throw error;
        }
    }

    private ReadPosition positionAfter(long number, long start) {
        if (failure == null && !inArray) {
            return new ReadPosition(number, base + stream.delivered(), 0);
        }
        long nextStart = failure == null ? tokenOffset() : -1;
        if (nextStart >= 0) {
            return new ReadPosition(number, nextStart, 0);
        }
        if (inArray && start >= 0) {
            return new ReadPosition(number, start, 1);
        }
        return new ReadPosition(number, 0, number);
    }

    private JsonToken advance(long number) throws IOException {
        try {
            return parser.nextToken();
        } catch (IOException e) {
            throw fail(dataErrorOrItself(e, number));
        }
    }

    /** The content offset of the current token; -1 if the parser does not count bytes. */
    private long tokenOffset() {
        return parserOffset(parser.currentTokenLocation().getByteOffset());
    }

    private long parserOffset(long offset) {
        return offset < 0 ? -1 : base + offset;
    }

    /** The content's own failure as it is (the connector retries it); anything else as malformed data. */
    private IOException dataErrorOrItself(IOException e, long number) {
        if (stream.failure() != null) {
            return stream.failure();
        }
        if (e instanceof RecordTooLargeException) {
            return tooLarge(number, "");
        }
        return new MalformedDataException("Record " + number + " is not valid JSON"
                + at(parserOffset(JsonParsing.byteOffset(e))) + ": " + JsonParsing.problem(e), number, e);
    }

    private static String at(long offset) {
        return offset < 0 ? "" : " at byte " + offset;
    }

    private MalformedDataException tooLarge(long number, String size) {
        return new MalformedDataException("Record " + number + " is larger than " + format.maxBytesKey() + "="
                + format.maxBytes() + " bytes" + size + "; raise " + format.maxBytesKey()
                + " if such records are expected", number);
    }

    /** Remembers a failure that ends the object, so that later calls throw it again. */
    private <E extends IOException> E fail(E error) {
        if (error instanceof MalformedDataException malformed) {
            failure = malformed;
        }
        return error;
    }

    @Override
    public void close() throws IOException {
        if (parser == null) {
            stream.close();
        } else {
            parser.close();
        }
    }
}
