package io.cloudstorage.connect.spi.format;

import java.util.Objects;

/**
 * A record that cannot be read as the format (an unparsable line, a CSV row with the wrong number of columns, a
 * line longer than allowed), which the reader has stepped over: the next call of {@link RecordReader#next()}
 * yields the record after it. The connector's error policy decides what becomes of it (fail, skip, or send the
 * raw bytes to a dead-letter topic).
 *
 * @param raw    the record's bytes as stored in the object, or as many of them as the format keeps (it bounds
 *               them, e.g. to its longest allowed record); empty if it has none
 * @param reason what is wrong, for operators; the connector adds the object and record number
 * @param next   the position after the bad record
 */
public record MalformedRecord(byte[] raw, String reason, ReadPosition next) implements ReadResult {

    public MalformedRecord {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(next, "next");
    }
}
