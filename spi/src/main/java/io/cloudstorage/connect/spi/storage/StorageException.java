package io.cloudstorage.connect.spi.storage;

import java.util.Optional;

/**
 * A storage failure that will not heal by itself, such as a missing bucket or denied access. The message is for
 * operators: it names the bucket or object and says what to check.
 */
public class StorageException extends RuntimeException {

    private final String relatedConfigKey;

    public StorageException(String message, Throwable cause) {
        this(message, null, cause);
    }

    /**
     * @param relatedConfigKey the configuration key a user should look at to fix this, such as {@code bucket}
     *                         or {@code s3.endpoint}; {@code null} if none
     */
    public StorageException(String message, String relatedConfigKey, Throwable cause) {
        super(message, cause);
        this.relatedConfigKey = relatedConfigKey;
    }

    /** The configuration key this failure should be reported against when validating a configuration. */
    public Optional<String> relatedConfigKey() {
        return Optional.ofNullable(relatedConfigKey);
    }
}
