package io.cloudstorage.connect.source.config;

import java.util.Map;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.StorageProvider;

/** Where the objects are: which storage backend, and which bucket. */
public final class StorageConfig {

    public static final String GROUP = "Storage";
    public static final String STORAGE_TYPE = "storage.type";
    public static final String BUCKET = "bucket";

    private final String type;
    private final String bucket;
    private final Map<String, String> props;

    StorageConfig(AbstractConfig config) {
        this.type = config.getString(STORAGE_TYPE);
        this.bucket = config.getString(BUCKET);
        this.props = config.originalsStrings();
    }

    static void define(ConfigDef def) {
        ProviderRegistry<StorageProvider> storages = ProviderRegistry.storages();
        int order = 0;
        def.define(STORAGE_TYPE, Type.STRING, PluginKeys.defaultName(storages, "s3"), PluginKeys.validName(storages),
                        Importance.HIGH,
                        "Which storage holds the objects: " + PluginDescriptions.of(storages),
                        GROUP, ++order, Width.SHORT, "Storage type", PluginKeys.namesOf(storages),
                        PluginKeys.names(storages))
                .define(BUCKET, Type.STRING, ConfigDef.NO_DEFAULT_VALUE,
                        new ConfigDef.NonEmptyStringWithoutControlChars(), Importance.HIGH,
                        "The bucket to read (for storage.type=local, the folder inside local.root).",
                        GROUP, ++order, Width.MEDIUM, "Bucket");
    }

    public String type() {
        return type;
    }

    public String bucket() {
        return bucket;
    }

    public StorageProvider provider() {
        return ProviderRegistry.storages().get(type);
    }

    /** A client for the bucket; the caller closes it. */
    public ObjectStorage open() {
        return provider().open(bucket, props);
    }
}
