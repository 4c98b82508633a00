package io.cloudstorage.connect.spi.storage;

import java.util.Map;
import java.util.Set;

import io.cloudstorage.connect.spi.plugin.Provider;

/** Creates {@link ObjectStorage} clients for one kind of storage (S3, local folders, ...). */
public interface StorageProvider extends Provider {

    /**
     * Opens a client for {@code bucket}, reading the provider's own keys from {@code props} (the connector's whole
     * configuration). Does not contact the storage: {@link ObjectStorage#checkBucket(String)} does.
     *
     * @throws org.apache.kafka.common.config.ConfigException if {@link #validate(Map)} would report a problem
     */
    ObjectStorage open(String bucket, Map<String, String> props);

    /** The actions the storages of this provider can take on objects after they were read. */
    default Set<ObjectAction> supportedActions() {
        return Set.of();
    }
}
