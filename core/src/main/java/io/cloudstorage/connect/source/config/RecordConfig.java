package io.cloudstorage.connect.source.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

import io.cloudstorage.connect.source.record.ObjectVariables;
import io.cloudstorage.connect.source.record.Template;
import io.cloudstorage.connect.spi.format.FormatProvider;
import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.plugin.ConfigIssue;

/** What records are made of an object, and where they go. */
public final class RecordConfig {

    public static final String GROUP = "Record";
    public static final String TOPIC = "topic";
    public static final String FORMAT = "format";
    public static final String COMPRESSION = "compression";
    public static final String BATCH_MAX_RECORDS = "batch.max.records";
    public static final String BATCH_MAX_BYTES = "batch.max.bytes";

    private static final int DEFAULT_BATCH_MAX_BYTES = 128 * 1024;

    private final Template topic;
    private final String format;
    private final Compression compression;
    private final int batchMaxRecords;
    private final int batchMaxBytes;
    private final Map<String, String> props;

    RecordConfig(AbstractConfig config) {
        this.topic = Template.parse(config.getString(TOPIC));
        this.format = config.getString(FORMAT);
        this.compression = Compression.of(config.getString(COMPRESSION), CodecRegistry.codecs());
        this.batchMaxRecords = config.getInt(BATCH_MAX_RECORDS);
        this.batchMaxBytes = config.getInt(BATCH_MAX_BYTES);
        this.props = config.originalsStrings();
    }

    static void define(ConfigDef def) {
        ProviderRegistry<FormatProvider> formats = ProviderRegistry.formats();
        int order = 0;
        def.define(TOPIC, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, Validators.topicTemplate(), Importance.HIGH,
                        "The Kafka topic the records are written to; or a template of it, filled for each object "
                                + "with the named groups of " + ListingConfig.OBJECT_KEY_REGEX + " matched against "
                                + "the object's key, and ${bucket}: with object.key.regex="
                                + "'logs/(?<service>[^/]+)/.*', topic=logs.${service} sends the records of "
                                + "logs/web/... to the topic logs.web. An object whose values make no legal topic "
                                + "name is bad data (see errors.policy).",
                        GROUP, ++order, Width.MEDIUM, "Topic")
                .define(FORMAT, Type.STRING, PluginKeys.defaultName(formats, "lines"), PluginKeys.validName(formats),
                        Importance.HIGH,
                        "How an object's content becomes records: " + PluginDescriptions.of(formats),
                        GROUP, ++order, Width.SHORT, "Format", PluginKeys.namesOf(formats), PluginKeys.names(formats))
                .define(COMPRESSION, Type.STRING, Compression.AUTO, ConfigDef.ValidString.in(compressionValues()),
                        Importance.MEDIUM,
                        "How objects are decompressed before the format reads them: '" + Compression.AUTO + "' "
                                + "decompresses an object whose key ends with a codec's extension, or else whose "
                                + "first bytes are a codec's signature; '" + Compression.NONE + "' reads objects as "
                                + "stored; a codec's name decompresses every object with it. Codecs: "
                                + codecDescriptions() + " Resuming inside a compressed object decompresses (without "
                                + "producing again) what comes before the resume point. Corrupt or truncated "
                                + "compressed data is handled by errors.policy.",
                        GROUP, ++order, Width.SHORT, "Compression", List.of(), compressionRecommender())
                .define(BATCH_MAX_RECORDS, Type.INT, 2_000, Range.between(1, 1_000_000), Importance.LOW,
                        "The most records a task hands to Kafka Connect in one poll; " + BATCH_MAX_BYTES
                                + " may end a poll sooner.",
                        GROUP, ++order, Width.SHORT, "Records per poll")
                .define(BATCH_MAX_BYTES, Type.INT, DEFAULT_BATCH_MAX_BYTES, Range.atLeast(1), Importance.LOW,
                        "The most bytes of records a task hands to Kafka Connect in one poll, as estimated from "
                                + "each record's key and value as read: a string counts its characters, bytes "
                                + "their number, a struct, map or array the sum of its parts, any other value 8. "
                                + "A poll ends with the record that reaches it, so a larger record still goes, "
                                + "alone. It bounds the memory a poll holds when records are large; and the worker "
                                + "spends less CPU per record on polls of about this size than on polls of "
                                + "megabytes (docs/benchmarks.md).",
                        GROUP, ++order, Width.SHORT, "Bytes per poll");
    }

    /** The topic, or its template. */
    public Template topic() {
        return topic;
    }

    static List<ConfigIssue> issues(AbstractConfig config, ListingConfig listing) {
        List<ConfigIssue> issues = new ArrayList<>(topicIssues(config, listing));
        String compression = config.getString(COMPRESSION);
        if (!Compression.AUTO.equals(compression) && !Compression.NONE.equals(compression)
                && formatNeedsStoredBytes(config)) {
            issues.add(new ConfigIssue(COMPRESSION, "Format " + config.getString(FORMAT) + " reads objects as "
                    + "stored (it compresses its own data): set " + COMPRESSION + "=auto or none"));
        }
        return issues;
    }

    /** Whether the selected format reads objects as stored; a format that cannot be created says so itself. */
    private static boolean formatNeedsStoredBytes(AbstractConfig config) {
        try {
            return ProviderRegistry.formats().get(config.getString(FORMAT)).create(config.originalsStrings())
                    .needsStoredBytes();
        } catch (RuntimeException reportedByTheFormat) {
            return false;
        }
    }

    private static List<ConfigIssue> topicIssues(AbstractConfig config, ListingConfig listing) {
        Set<String> known = new LinkedHashSet<>(listing.keyGroupNames());
        known.add(ObjectVariables.BUCKET);
        List<String> unknown = Template.parse(config.getString(TOPIC)).placeholders().stream()
                .filter(name -> !known.contains(name)).toList();
        if (unknown.isEmpty()) {
            return List.of();
        }
        return List.of(new ConfigIssue(TOPIC, "The topic template names " + unknown + ", which are neither "
                + "${bucket} nor named groups of " + ListingConfig.OBJECT_KEY_REGEX + " (it has "
                + listing.keyGroupNames() + ")"));
    }

    public String formatName() {
        return format;
    }

    public Compression compression() {
        return compression;
    }

    public int batchMaxRecords() {
        return batchMaxRecords;
    }

    public int batchMaxBytes() {
        return batchMaxBytes;
    }

    private static String[] compressionValues() {
        List<String> values = new ArrayList<>(List.of(Compression.AUTO, Compression.NONE));
        values.addAll(CodecRegistry.codecs().byName().keySet());
        return values.toArray(String[]::new);
    }

    private static String codecDescriptions() {
        return CodecRegistry.codecs().byName().values().stream()
                .map(codec -> "'" + codec.name() + "': " + codec.description())
                .collect(Collectors.joining(" "));
    }

    private static ConfigDef.Recommender compressionRecommender() {
        return new ConfigDef.Recommender() {
            @Override
            public List<Object> validValues(String name, Map<String, Object> parsedConfig) {
                return List.of((Object[]) compressionValues());
            }

            @Override
            public boolean visible(String name, Map<String, Object> parsedConfig) {
                return true;
            }
        };
    }

    public RecordFormat createFormat() {
        return ProviderRegistry.formats().get(format).create(props);
    }
}
