package io.cloudstorage.connect.spi.format;

/**
 * What a {@link RecordReader} yields for each record of an object: the record ({@link FormatRecord}), or, for a
 * record that cannot be read as the format but that the reader could step over, a {@link MalformedRecord}.
 * Either way the result carries the position after the record, and every record, good or bad, has a number.
 */
public sealed interface ReadResult permits FormatRecord, MalformedRecord {

    /** The position after this record, from which a reader resumes with the next one. */
    ReadPosition next();

    /** The record's number within its object, counting from 1. */
    default long number() {
        return next().records();
    }
}
