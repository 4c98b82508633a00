package io.cloudstorage.connect.source.reading;

import java.io.IOException;

/**
 * A failure to read an object's stored bytes (a reset connection, a timeout), marked as such so that it stays a
 * failure that may heal when a decompressor between the storage and the format passes it on.
 */
final class StorageReadFailure extends IOException {

    StorageReadFailure(IOException cause) {
        super(cause.getMessage(), cause);
    }

    /** Whether {@code e} is, or was caused by, a failure to read stored bytes. */
    static boolean isCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StorageReadFailure) {
                return true;
            }
        }
        return false;
    }
}
