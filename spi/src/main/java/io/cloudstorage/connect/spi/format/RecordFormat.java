package io.cloudstorage.connect.spi.format;

import java.io.IOException;

/**
 * Turns the content of one object into records. A format never sees the storage: it gets the object's content
 * through {@link ObjectContent} and decides itself how much to read and from where.
 *
 * <p>The contract every format keeps (and every format's tests check): opening at the {@link ReadPosition} that
 * came with record <i>n</i> yields exactly the records after <i>n</i>, with the same values and positions as a
 * read from the start.
 */
public interface RecordFormat {

    /** Opens a reader that yields the records from {@code start} on ({@link ReadPosition#START} for all). */
    RecordReader open(ObjectContent content, ReadPosition start) throws IOException;

    /**
     * Whether the format must read objects as stored: container formats that compress their own data and read
     * by position (such as Parquet's footer at the end) cannot read a stream decompressed on the fly, so the
     * connector neither looks for a compression signature nor decompresses their objects.
     */
    default boolean needsStoredBytes() {
        return false;
    }
}
