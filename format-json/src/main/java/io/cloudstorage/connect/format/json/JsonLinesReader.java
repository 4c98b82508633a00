package io.cloudstorage.connect.format.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import com.fasterxml.jackson.core.JsonParser;

import io.cloudstorage.connect.spi.format.LineSplitter;
import io.cloudstorage.connect.spi.format.MalformedRecord;
import io.cloudstorage.connect.spi.format.ObjectContent;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.ReadResult;
import io.cloudstorage.connect.spi.format.RecordReader;

/**
 * Reads one JSON value per line, skipping blank lines. A line that is not one valid JSON value, is longer than
 * allowed, or does not fit the schema is a malformed record holding the line's bytes (at most the longest line
 * allowed); reading goes on with the next line.
 */
final class JsonLinesReader implements RecordReader {

    private final JsonRecords format;
    private final LineSplitter lines;
    private long records;

    JsonLinesReader(JsonRecords format, ObjectContent content, ReadPosition start) throws IOException {
        this.format = format;
        InputStream in = content.open(start.seek());
        // Asked once the content is open: detected compression is known only then.
        this.lines = new LineSplitter(in, start.seek(), format.maxBytes(), content.size());
        this.records = start.records() - start.skip();
        for (long i = 0; i < start.skip() && next() != null; i++) {
            // Re-reads the records the position says to drop.
        }
    }

    @Override
    public ReadResult next() throws IOException {
        while (lines.next()) {
            if (lines.length() > 0) {
                ReadResult result = readLine();
                if (result != null) {
                    return result;
                }
            }
        }
        return null;
    }

    /** The line's record; null if the line holds only whitespace. */
    private ReadResult readLine() {
        if (lines.tooLong()) {
            return malformed("The line is longer than " + format.maxBytesKey() + "=" + format.maxBytes()
                    + " bytes (" + lines.length() + " bytes); raise " + format.maxBytesKey()
                    + " if such lines are expected");
        }
        Object json;
        try (JsonParser parser = format.factory().createParser(lines.bytes(), lines.offset(), lines.kept())) {
            if (parser.nextToken() == null) {
                return null;
            }
            json = format.tree().read(parser);
            if (parser.nextToken() != null) {
                return malformed("The line holds more than one JSON value");
            }
        } catch (IOException e) {
            // The parser reads the line from memory: only the line itself can be at fault.
            long offset = JsonParsing.byteOffset(e);
            return malformed("The line is not valid JSON" + (offset < 0 ? "" : " at column " + (offset + 1)) + ": "
                    + JsonParsing.problem(e));
        }
        ReadPosition next = nextPosition();
        try {
            return format.mapping().record(json, next);
        } catch (ValueMismatch e) {
            return new MalformedRecord(rawLine(), e.getMessage(), next);
        }
    }

    private MalformedRecord malformed(String reason) {
        return new MalformedRecord(rawLine(), reason, nextPosition());
    }

    private byte[] rawLine() {
        return Arrays.copyOfRange(lines.bytes(), lines.offset(), lines.offset() + lines.kept());
    }

    private ReadPosition nextPosition() {
        records++;
        return new ReadPosition(records, lines.end(), 0);
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
