package io.cloudstorage.connect.spi.storage;

/** A storage failure that may succeed when tried again: a timeout, throttling, a server error, a reset connection. */
public class RetriableStorageException extends StorageException {

    public RetriableStorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public RetriableStorageException(String message, String relatedConfigKey, Throwable cause) {
        super(message, relatedConfigKey, cause);
    }
}
