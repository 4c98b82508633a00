package io.cloudstorage.connect.spi.storage;

/** The object was deleted after it was listed. */
public class ObjectMissingException extends StorageException {

    public ObjectMissingException(String message, Throwable cause) {
        super(message, cause);
    }
}
