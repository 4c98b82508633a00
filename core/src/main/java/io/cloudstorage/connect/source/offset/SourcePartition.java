package io.cloudstorage.connect.source.offset;

import java.util.Objects;

/** A unit of work with its own offsets: the objects under one key prefix of one bucket, read in key order. */
public record SourcePartition(String bucket, String prefix) {

    public SourcePartition {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(prefix, "prefix");
    }

    @Override
    public String toString() {
        return bucket + "/" + prefix;
    }
}
