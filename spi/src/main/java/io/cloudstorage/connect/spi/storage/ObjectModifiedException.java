package io.cloudstorage.connect.spi.storage;

/** The object was overwritten after it was listed: its content is no longer the version that was listed. */
public class ObjectModifiedException extends StorageException {

    public ObjectModifiedException(String message, Throwable cause) {
        super(message, cause);
    }
}
