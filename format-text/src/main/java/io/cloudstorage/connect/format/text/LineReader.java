package io.cloudstorage.connect.format.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.apache.kafka.connect.data.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.LineSplitter;
import io.cloudstorage.connect.spi.format.MalformedRecord;
import io.cloudstorage.connect.spi.format.ObjectContent;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.ReadResult;
import io.cloudstorage.connect.spi.format.RecordReader;

/**
 * Makes a record of each line, decoding only the lines it returns; the position after a line is the byte offset
 * where the next one starts. A line longer than allowed is stepped over as a malformed record holding its first
 * bytes.
 */
final class LineReader implements RecordReader {

    private static final Logger log = LoggerFactory.getLogger(LineReader.class);

    private final ObjectContent content;
    private final LineSplitter lines;
    private final int maxLineBytes;
    private final boolean skipEmpty;
    private final Utf8Text text = new Utf8Text();
    private long records;

    LineReader(ObjectContent content, ReadPosition start, int maxLineBytes, boolean skipEmpty) throws IOException {
        this.content = content;
        this.maxLineBytes = maxLineBytes;
        this.skipEmpty = skipEmpty;
        InputStream in = content.open(start.seek());
        // Asked once the content is open: detected compression is known only then.
        this.lines = new LineSplitter(in, start.seek(), maxLineBytes, content.size());
        this.records = start.records() - start.skip();
        for (long i = 0; i < start.skip(); i++) {
            if (next() == null) {
                break;
            }
        }
    }

    @Override
    public ReadResult next() throws IOException {
        while (lines.next()) {
            if (lines.length() == 0 && skipEmpty) {
                continue;
            }
            records++;
            ReadPosition next = new ReadPosition(records, lines.end(), 0);
            if (lines.tooLong()) {
                return new MalformedRecord(Arrays.copyOfRange(lines.bytes(), lines.offset(),
                        lines.offset() + lines.kept()), "Line " + records + " is longer than "
                        + LinesFormatProvider.MAX_BYTES + "=" + maxLineBytes + " bytes (" + lines.length()
                        + " bytes); raise " + LinesFormatProvider.MAX_BYTES + " if such lines are expected", next);
            }
            return new FormatRecord(Schema.STRING_SCHEMA, text.decode(lines.bytes(), lines.offset(), lines.kept(),
                    records), next);
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        if (text.malformedLines() > 0) {
            log.warn("{} lines of {} were not valid UTF-8 (the first was record {}): each invalid byte sequence was "
                    + "replaced by U+FFFD; use format=bytes to keep the raw bytes", text.malformedLines(),
                    content.location(), text.firstMalformedRecord());
        }
        lines.close();
    }
}
