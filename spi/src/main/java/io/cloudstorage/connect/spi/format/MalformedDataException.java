package io.cloudstorage.connect.spi.format;

import java.io.IOException;

/**
 * The content cannot be turned into a record: it is corrupt, too large, or not in the expected format.
 * Reading the same bytes again gives the same failure, so this is never retried.
 */
public class MalformedDataException extends IOException {

    private final long recordNumber;

    /**
     * @param recordNumber the number (counting from 1) of the record that could not be read
     */
    public MalformedDataException(String message, long recordNumber) {
        this(message, recordNumber, null);
    }

    public MalformedDataException(String message, long recordNumber, Throwable cause) {
        super(message, cause);
        this.recordNumber = recordNumber;
    }

    /** The number (counting from 1) of the record that could not be read. */
    public long recordNumber() {
        return recordNumber;
    }
}
