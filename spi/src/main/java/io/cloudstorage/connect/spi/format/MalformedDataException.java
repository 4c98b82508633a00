package io.cloudstorage.connect.spi.format;

import java.io.IOException;

/**
 * The content cannot be read any further: it is corrupt, truncated, or not in the expected format at all, and no
 * later record of the object can be reached. Reading the same bytes again gives the same failure, so this is
 * never retried. (A single bad record that the reader can step over is a {@link MalformedRecord} instead.)
 */
public class MalformedDataException extends IOException {

    private final long recordNumber;

    /**
     * @param recordNumber the number (counting from 1) of the first record that could not be read
     */
    public MalformedDataException(String message, long recordNumber) {
        this(message, recordNumber, null);
    }

    public MalformedDataException(String message, long recordNumber, Throwable cause) {
        super(message, cause);
        this.recordNumber = recordNumber;
    }

    /** The number (counting from 1) of the first record that could not be read. */
    public long recordNumber() {
        return recordNumber;
    }
}
