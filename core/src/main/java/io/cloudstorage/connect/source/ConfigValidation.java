package io.cloudstorage.connect.source;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigValue;

import io.cloudstorage.connect.source.config.AfterRead;
import io.cloudstorage.connect.source.config.AfterReadConfig;
import io.cloudstorage.connect.source.config.CloudStorageSourceConfig;
import io.cloudstorage.connect.source.config.ListingConfig;
import io.cloudstorage.connect.source.config.ProviderRegistry;
import io.cloudstorage.connect.source.config.StorageConfig;
import io.cloudstorage.connect.spi.plugin.ConfigIssue;
import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.StorageException;
import io.cloudstorage.connect.spi.storage.StorageProvider;

/**
 * Adds to Connect's per-key validation what only the plug-ins and the storage itself can tell: keys that must be
 * set together, a bucket that does not exist or cannot be listed with these credentials, a prefix that cannot be
 * read. Each problem is reported against the key the user has to change.
 */
final class ConfigValidation {

    private final Config config;
    private final Map<String, String> props;
    private final Map<String, ConfigValue> values;

    ConfigValidation(Config config, Map<String, String> props) {
        this.config = config;
        this.props = props;
        this.values = config.configValues().stream()
                .collect(Collectors.toMap(ConfigValue::name, Function.identity()));
    }

    Config withLiveChecks() {
        for (ConfigIssue issue : CloudStorageSourceConfig.issues(props)) {
            report(issue.key(), issue.message());
        }
        if (storageKeysValid()) {
            checkStorage();
        }
        return config;
    }

    private boolean storageKeysValid() {
        Set<String> storageKeys = Stream.concat(
                        Stream.of(StorageConfig.STORAGE_TYPE, StorageConfig.BUCKET, ListingConfig.PREFIX_WHITELIST),
                        selectedStorage().configDef().names().stream())
                .collect(Collectors.toSet());
        return storageKeys.stream().map(values::get)
                .allMatch(value -> value != null && value.errorMessages().isEmpty());
    }

    private StorageProvider selectedStorage() {
        return ProviderRegistry.storages().get((String) values.get(StorageConfig.STORAGE_TYPE).value());
    }

    private void checkStorage() {
        String bucket = (String) values.get(StorageConfig.BUCKET).value();
        boolean readable = checkBucket(bucket, StorageConfig.BUCKET, "", storage -> {
            storage.checkBucket(ListingConfig.prefixesOf(whitelist()).get(0));
            checkPrefixes(storage);
        });
        if (readable) {
            moveBucket().ifPresent(target -> checkBucket(target, AfterReadConfig.MOVE_BUCKET,
                    "Objects cannot be moved to bucket '" + target + "' (" + AfterReadConfig.MOVE_BUCKET + "): ",
                    storage -> storage.checkBucket(Optional.ofNullable(
                            (String) values.get(AfterReadConfig.MOVE_PREFIX).value()).orElse(""))));
        }
    }

    /**
     * Runs {@code checks} on {@code bucket}. A problem is reported against the key the storage names, or else
     * against {@code key}, the one naming the bucket.
     *
     * @return whether the checks passed
     */
    private boolean checkBucket(String bucket, String key, String context, Consumer<ObjectStorage> checks) {
        try (ObjectStorage storage = selectedStorage().open(bucket, props)) {
            checks.accept(storage);
            return true;
        } catch (StorageException e) {
            String blamed = e.relatedConfigKey().filter(related -> !related.equals(StorageConfig.BUCKET)).orElse(key);
            report(blamed, context + e.getMessage());
        } catch (RuntimeException e) {
            report(key, "Cannot reach bucket '" + bucket + "': " + e);
        }
        return false;
    }

    /** The bucket objects are moved to after they are read, if it is another one than the bucket read. */
    private Optional<String> moveBucket() {
        boolean moving = AfterRead.MOVE.configValue().equals(values.get(AfterReadConfig.AFTER_READ).value());
        Optional<String> target = Optional.ofNullable((String) values.get(AfterReadConfig.MOVE_BUCKET).value())
                .map(String::trim).filter(name -> !name.isEmpty());
        return moving ? target.filter(name -> !name.equals(values.get(StorageConfig.BUCKET).value()))
                : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private List<String> whitelist() {
        return (List<String>) values.get(ListingConfig.PREFIX_WHITELIST).value();
    }

    private void checkPrefixes(ObjectStorage storage) {
        for (String prefix : whitelist()) {
            try {
                storage.list(prefix, null, 1);
            } catch (StorageException | IllegalArgumentException e) {
                report(ListingConfig.PREFIX_WHITELIST, "Prefix '" + prefix + "' cannot be listed: " + e.getMessage());
            }
        }
    }

    private void report(String key, String message) {
        ConfigValue value = values.get(key);
        if (value == null) {
            value = new ConfigValue(key);
            values.put(key, value);
            config.configValues().add(value);
        }
        value.addErrorMessage(message);
    }
}
