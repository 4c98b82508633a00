package io.cloudstorage.connect.spi.format;

import java.io.Closeable;
import java.io.IOException;

/** Reads the records of one object in order. Not thread-safe. */
public interface RecordReader extends Closeable {

    /**
     * The next record, good ({@link FormatRecord}) or stepped over ({@link MalformedRecord}), or {@code null}
     * after the last one.
     *
     * @throws MalformedDataException if the content cannot be read any further: nothing after this point of the
     *                                object can be turned into records (a corrupt or truncated compressed stream,
     *                                a broken container file); retrying will not help
     * @throws IOException            if reading the content failed (reopening at the last position may help)
     */
    ReadResult next() throws IOException;
}
