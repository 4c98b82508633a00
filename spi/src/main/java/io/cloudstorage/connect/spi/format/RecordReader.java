package io.cloudstorage.connect.spi.format;

import java.io.Closeable;
import java.io.IOException;

/** Reads the records of one object in order. Not thread-safe. */
public interface RecordReader extends Closeable {

    /**
     * The next record, or {@code null} after the last one.
     *
     * @throws MalformedDataException if the content cannot be turned into a record (retrying will not help)
     * @throws IOException if reading the content failed (reopening at the last position may help)
     */
    FormatRecord next() throws IOException;
}
