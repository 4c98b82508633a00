package io.cloudstorage.connect.source.reading;

import java.util.List;
import java.util.Optional;

import io.cloudstorage.connect.source.offset.SourceOffset;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.storage.StorageObject;

/**
 * Which object of a source partition is read next, and what an offset has to say so that a restart goes on from
 * there: the read order of the partition.
 */
interface ObjectListing extends AutoCloseable {

    /** The next object to read, listing the partition when the objects listed before are all read. */
    Optional<StorageObject> next();

    /** Up to {@code max} of the objects listed to be read after the one {@link #next()} handed out last, in order. */
    List<StorageObject> upcoming(int max);

    /** The offset of a record of {@code object} that ends at {@code position}. */
    SourceOffset offset(StorageObject object, ReadPosition position, boolean objectComplete);

    /** Nothing more of {@code object} will be read: it was read to its end, or what is left cannot be read. */
    void finished(StorageObject object);

    /**
     * {@code object} was listed but was gone before any of it was read: a listing may have shown it while it was
     * being written under a temporary name (as some S3-compatible servers do), and the final name may sort before
     * it. The listing then looks again from before it, once per key.
     */
    void vanished(StorageObject object);

    /** Forgets the objects listed and not read, which no longer count as lag. */
    @Override
    void close();
}
