package io.cloudstorage.connect.source.offset;

import java.util.Objects;
import java.util.Optional;

import io.cloudstorage.connect.spi.format.ReadPosition;

/**
 * How far a source partition has been read: the last object a record came from, the version of it that was
 * read, and the position after that record; {@code objectComplete} says whether that object is done. What came
 * before it is done too: in key order, every key before {@code key}; in arrival order, what {@code arrival} says
 * (which, when the object is complete, includes it). {@code restUnreadable} says that the object is complete only
 * because the rest of it could not be read (and was skipped or dead-lettered as a whole).
 */
public record SourceOffset(String key, String etag, ReadPosition position, boolean objectComplete,
                           Optional<ArrivalProgress> arrival, boolean restUnreadable) {

    public SourceOffset {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(arrival, "arrival");
    }

    /** An offset of a partition read in key order. */
    public SourceOffset(String key, String etag, ReadPosition position, boolean objectComplete) {
        this(key, etag, position, objectComplete, Optional.empty());
    }

    public SourceOffset(String key, String etag, ReadPosition position, boolean objectComplete,
                        Optional<ArrivalProgress> arrival) {
        this(key, etag, position, objectComplete, arrival, false);
    }

    /** This offset, saying that what is left of the object cannot be read. */
    public SourceOffset withRestUnreadable() {
        return new SourceOffset(key, etag, position, true, arrival, true);
    }

    /** Whether every record of the object was read: it is complete, and not because the rest was unreadable. */
    public boolean readToEnd() {
        return objectComplete && !restUnreadable;
    }
}
