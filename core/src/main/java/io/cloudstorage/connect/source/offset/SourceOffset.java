package io.cloudstorage.connect.source.offset;

import java.util.Objects;

import io.cloudstorage.connect.spi.format.ReadPosition;

/**
 * How far a source partition has been read: the last object a record came from, the version of it that was
 * read, and the position after that record. Objects are read in key order, so every key before {@code key} is
 * done; {@code objectComplete} says whether {@code key} itself is.
 */
public record SourceOffset(String key, String etag, ReadPosition position, boolean objectComplete) {

    public SourceOffset {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(position, "position");
    }
}
