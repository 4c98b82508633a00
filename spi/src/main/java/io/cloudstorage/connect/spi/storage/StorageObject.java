package io.cloudstorage.connect.spi.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * One object as listed: its key, its size in bytes, a version tag that changes whenever its content changes
 * (the S3 ETag without quotes, or an equivalent), and its last-modified time.
 */
public record StorageObject(String key, long size, String etag, Instant lastModified) {

    public StorageObject {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        if (size < 0) {
            throw new IllegalArgumentException("Negative size " + size + " for " + key);
        }
    }
}
