package io.cloudstorage.connect.source.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

import io.cloudstorage.connect.source.choice.ConfigChoice;
import io.cloudstorage.connect.spi.plugin.ConfigIssue;
import io.cloudstorage.connect.spi.storage.StorageProvider;

/** What is done to an object once all its records are in Kafka: nothing, delete it, move it, or tag it. */
public final class AfterReadConfig {

    public static final String GROUP = "After read";
    public static final String AFTER_READ = "after.read";
    public static final String MOVE_BUCKET = "after.read.move.bucket";
    public static final String MOVE_PREFIX = "after.read.move.prefix";
    public static final String TAGS = "after.read.tags";

    /** S3 keeps at most ten tags on an object. */
    static final int MAX_TAGS = 10;

    private final AfterRead choice;
    private final Optional<String> moveBucket;
    private final String movePrefix;
    private final Map<String, String> tags;

    AfterReadConfig(AbstractConfig config) {
        this.choice = ConfigChoice.fromConfigValue(AfterRead.class, config.getString(AFTER_READ));
        this.moveBucket = Optional.ofNullable(config.getString(MOVE_BUCKET)).filter(bucket -> !bucket.isBlank());
        this.movePrefix = Optional.ofNullable(config.getString(MOVE_PREFIX)).orElse("");
        this.tags = choice == AfterRead.TAG ? parseTags(config.getList(TAGS)) : Map.of();
    }

    static void define(ConfigDef def) {
        int order = 0;
        def.define(AFTER_READ, Type.STRING, AfterRead.NONE.configValue(),
                        Validators.oneOf(ConfigChoice.configValues(AfterRead.class)), Importance.MEDIUM,
                        "What is done to an object once every record read from it is in Kafka (acknowledged by "
                                + "the broker; with exactly-once support, once its transaction committed): 'none' "
                                + "leaves it; 'delete' deletes it; 'move' moves it to " + MOVE_PREFIX + " (in "
                                + MOVE_BUCKET + "); 'tag' sets " + TAGS + " on it. Objects that could not be read "
                                + "to their end (corrupt, deleted or written again while read) are left as they are. "
                                + "An object written again since it was read is left too, so that its new content "
                                + "is never lost. Each action can be repeated safely, and is taken again at start "
                                + "on the last object each source partition read to its end, in case the worker "
                                + "died before it. Needs the permissions for the action (for S3, "
                                + "delete: s3:GetObject and s3:DeleteObject; move: s3:GetObject, s3:PutObject and "
                                + "s3:DeleteObject; tag: s3:GetObject, s3:GetObjectTagging and s3:PutObjectTagging).",
                        GROUP, ++order, Width.SHORT, "After read")
                .define(MOVE_PREFIX, Type.STRING, null, Importance.MEDIUM,
                        "With after.read=move, the prefix that replaces the whitelisted prefix an object was read "
                                + "under: with prefix.whitelist=incoming/ and " + MOVE_PREFIX + "=done/, "
                                + "incoming/2024/a.json becomes done/2024/a.json. In the bucket read, it must not "
                                + "overlap a whitelisted prefix, or moved objects would be read again.",
                        GROUP, ++order, Width.MEDIUM, "Move to prefix")
                .define(MOVE_BUCKET, Type.STRING, null, Importance.LOW,
                        "With after.read=move, the bucket objects are moved to (the same credentials must be able "
                                + "to write it); empty for the bucket read.",
                        GROUP, ++order, Width.MEDIUM, "Move to bucket")
                .define(TAGS, Type.LIST, List.of("ingested=true"), Importance.LOW,
                        "With after.read=tag, the tags set on each object, as name=value pairs, comma-separated; "
                                + "other tags of the object are kept. At most " + MAX_TAGS + ".",
                        GROUP, ++order, Width.MEDIUM, "Tags");
    }

    /** What is wrong with the after-read keys, given the storage and the prefixes read. */
    static List<ConfigIssue> issues(AbstractConfig config, ListingConfig listing) {
        AfterRead choice = ConfigChoice.fromConfigValue(AfterRead.class, config.getString(AFTER_READ));
        List<ConfigIssue> issues = new ArrayList<>();
        String storageType = config.getString(StorageConfig.STORAGE_TYPE);
        StorageProvider provider = ProviderRegistry.storages().byName().get(storageType);
        if (provider != null && choice.action().isPresent()
                && !provider.supportedActions().contains(choice.action().get())) {
            issues.add(new ConfigIssue(AFTER_READ, "Storage type '" + storageType + "' cannot " + choice.configValue()
                    + " objects; it supports after.read=" + supported(provider)));
        }
        if (choice == AfterRead.MOVE) {
            String bucket = config.getString(MOVE_BUCKET);
            boolean sameBucket = bucket == null || bucket.isBlank()
                    || bucket.equals(config.getString(StorageConfig.BUCKET));
            String prefix = Optional.ofNullable(config.getString(MOVE_PREFIX)).orElse("");
            if (sameBucket && overlapsReadPrefix(prefix, listing.prefixes())) {
                issues.add(new ConfigIssue(MOVE_PREFIX, "Moved objects would land under a prefix that is read ("
                        + String.join(", ", listing.prefixes()) + "), and be read again: choose a prefix outside "
                        + "them, or set " + MOVE_BUCKET));
            }
        }
        if (choice == AfterRead.TAG) {
            try {
                parseTags(config.getList(TAGS));
            } catch (ConfigException e) {
                issues.add(new ConfigIssue(TAGS, e.getMessage()));
            }
        }
        return issues;
    }

    private static boolean overlapsReadPrefix(String target, List<String> readPrefixes) {
        return readPrefixes.stream().anyMatch(read -> target.startsWith(read) || read.startsWith(target));
    }

    private static String supported(StorageProvider provider) {
        List<String> values = new ArrayList<>(List.of(AfterRead.NONE.configValue()));
        for (AfterRead choice : AfterRead.values()) {
            choice.action().filter(provider.supportedActions()::contains)
                    .ifPresent(action -> values.add(choice.configValue()));
        }
        return String.join(", ", values);
    }

    private static Map<String, String> parseTags(List<String> pairs) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new ConfigException(TAGS, pairs, "Each tag is name=value with a non-empty name, not '" + pair
                        + "'");
            }
            tags.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
        if (tags.isEmpty() || tags.size() > MAX_TAGS) {
            throw new ConfigException(TAGS, pairs, "Give between 1 and " + MAX_TAGS + " tags");
        }
        return Map.copyOf(tags);
    }

    public AfterRead choice() {
        return choice;
    }

    /** The bucket objects are moved to, if not the one read. */
    public Optional<String> moveBucket() {
        return moveBucket;
    }

    public String movePrefix() {
        return movePrefix;
    }

    public Map<String, String> tags() {
        return tags;
    }
}
