package io.cloudstorage.connect.source.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

import io.cloudstorage.connect.source.choice.ConfigChoice;
import io.cloudstorage.connect.source.record.FieldPath;
import io.cloudstorage.connect.source.record.ObjectVariables;
import io.cloudstorage.connect.source.record.RecordHeaders;
import io.cloudstorage.connect.source.record.RecordKeyMode;
import io.cloudstorage.connect.source.record.RecordKeys;
import io.cloudstorage.connect.source.record.RecordTimestamps;
import io.cloudstorage.connect.source.record.Template;
import io.cloudstorage.connect.source.record.TimestampMode;
import io.cloudstorage.connect.spi.plugin.ConfigIssue;

/** What a record carries besides its value: its key, its timestamp and its headers. */
public final class RecordMetadataConfig {

    public static final String GROUP = "Record key, timestamp and headers";
    public static final String KEY = "record.key";
    public static final String KEY_FIELD = "record.key.field";
    public static final String KEY_TEMPLATE = "record.key.template";
    public static final String TIMESTAMP = "record.timestamp";
    public static final String TIMESTAMP_FIELD = "record.timestamp.field";
    public static final String TIMESTAMP_FORMAT = "record.timestamp.format";
    public static final String HEADERS_ENABLED = "record.headers.enabled";
    public static final String HEADERS_METADATA = "record.headers.metadata";

    private final RecordKeys keys;
    private final RecordTimestamps timestamps;
    private final boolean headersEnabled;
    private final List<String> metadataHeaders;

    /** Expects a configuration whose {@link #issues} are none. */
    RecordMetadataConfig(AbstractConfig config) {
        RecordKeyMode keyMode = ConfigChoice.fromConfigValue(RecordKeyMode.class, config.getString(KEY));
        this.keys = switch (keyMode) {
            case FIELD -> RecordKeys.ofField(FieldPath.parse(config.getString(KEY_FIELD)));
            case TEMPLATE -> RecordKeys.ofTemplate(Template.parse(config.getString(KEY_TEMPLATE)));
            default -> RecordKeys.of(keyMode);
        };
        TimestampMode timestampMode = ConfigChoice.fromConfigValue(TimestampMode.class, config.getString(TIMESTAMP));
        this.timestamps = timestampMode == TimestampMode.FIELD
                ? RecordTimestamps.ofField(FieldPath.parse(config.getString(TIMESTAMP_FIELD)),
                        config.getString(TIMESTAMP_FORMAT))
                : RecordTimestamps.of(timestampMode);
        this.headersEnabled = config.getBoolean(HEADERS_ENABLED);
        this.metadataHeaders = config.getList(HEADERS_METADATA).stream()
                .map(name -> name.trim().toLowerCase(Locale.ROOT)).filter(name -> !name.isEmpty()).toList();
    }

    static void define(ConfigDef def) {
        int order = 0;
        def.define(KEY, Type.STRING, RecordKeyMode.OBJECT_KEY.configValue(),
                        Validators.oneOf(ConfigChoice.configValues(RecordKeyMode.class)), Importance.MEDIUM,
                        "What a record's key holds: 'object.key' (the object's key, a string: every record of an "
                                + "object goes to the same Kafka partition, so each object's records keep their "
                                + "order); 'record.number' (the record's number within its object, counting from "
                                + "1, an int64: the line number for lines); 'field' (the field of the value named "
                                + "by " + KEY_FIELD + ", with its schema); 'template' (a string made by "
                                + KEY_TEMPLATE + "); or 'none'. Without 'object.key', records of one object may be "
                                + "spread over partitions and read out of order.",
                        GROUP, ++order, Width.SHORT, "Record key")
                .define(KEY_FIELD, Type.STRING, null, Importance.MEDIUM,
                        "For " + KEY + "=field: the dotted path of the field of the value that becomes the key, "
                                + "e.g. 'user.id'. A record without that field is bad data (see errors.policy); a "
                                + "field that is present but null gives a null key.",
                        GROUP, ++order, Width.MEDIUM, "Key field")
                .define(KEY_TEMPLATE, Type.STRING, null, Importance.MEDIUM,
                        "For " + KEY + "=template: the key as a template of ${bucket}, ${object.key}, ${etag}, "
                                + "${record.number} and the named groups of " + ListingConfig.OBJECT_KEY_REGEX
                                + ", e.g. '${service}-${record.number}'. '$$' is a literal '$'.",
                        GROUP, ++order, Width.MEDIUM, "Key template")
                .define(TIMESTAMP, Type.STRING, TimestampMode.OBJECT_LAST_MODIFIED.configValue(),
                        Validators.oneOf(ConfigChoice.configValues(TimestampMode.class)), Importance.MEDIUM,
                        "Where a record's timestamp comes from: 'object.last.modified' (the object's "
                                + "last-modified time), 'ingestion' (the time the record is sent to Kafka) or "
                                + "'field' (the field named by " + TIMESTAMP_FIELD + ").",
                        GROUP, ++order, Width.SHORT, "Record timestamp")
                .define(TIMESTAMP_FIELD, Type.STRING, null, Importance.MEDIUM,
                        "For " + TIMESTAMP + "=field: the dotted path of the field that holds the time: a "
                                + "Connect timestamp or date, a whole number of milliseconds since the epoch "
                                + "(also as a string of digits), or a string read as " + TIMESTAMP_FORMAT
                                + " says. A record without it, or whose value cannot be read as a time, is bad "
                                + "data (see errors.policy).",
                        GROUP, ++order, Width.MEDIUM, "Timestamp field")
                .define(TIMESTAMP_FORMAT, Type.STRING, null, Validators.dateTimePattern(), Importance.LOW,
                        "How a string timestamp field is read: empty for ISO-8601 with an offset or 'Z' (e.g. "
                                + "2026-11-27T10:15:30.250Z), or a java.time.format.DateTimeFormatter pattern, "
                                + "e.g. 'yyyy-MM-dd HH:mm:ss'; a pattern without a zone is read in UTC, one "
                                + "without a time as midnight.",
                        GROUP, ++order, Width.MEDIUM, "Timestamp format")
                .define(HEADERS_ENABLED, Type.BOOLEAN, true, Importance.LOW,
                        "Whether each record carries headers naming where it came from: "
                                + String.join(", ", RecordHeaders.NAMES) + ".",
                        GROUP, ++order, Width.SHORT, "Source headers")
                .define(HEADERS_METADATA, Type.LIST, List.of(), Importance.LOW,
                        "Names of user metadata of the objects (S3's x-amz-meta-* without that prefix, in any "
                                + "case) that each record carries as headers named " + RecordHeaders.METADATA_PREFIX
                                + "<name>, e.g. 'source-system,batch-id'. Reading them costs one request (a HEAD on "
                                + "S3) per object; an object without such metadata has no such header.",
                        GROUP, ++order, Width.LONG, "Metadata headers");
    }

    /** The keys that the selected key and timestamp modes need, and their syntax. */
    static List<ConfigIssue> issues(AbstractConfig config, ListingConfig listing) {
        List<ConfigIssue> issues = new ArrayList<>();
        RecordKeyMode keyMode = ConfigChoice.fromConfigValue(RecordKeyMode.class, config.getString(KEY));
        if (keyMode == RecordKeyMode.FIELD) {
            checkFieldPath(config, KEY_FIELD, KEY + "=field", issues);
        }
        if (keyMode == RecordKeyMode.TEMPLATE) {
            checkKeyTemplate(config.getString(KEY_TEMPLATE), listing).ifPresent(issues::add);
        }
        if (ConfigChoice.fromConfigValue(TimestampMode.class, config.getString(TIMESTAMP)) == TimestampMode.FIELD) {
            checkFieldPath(config, TIMESTAMP_FIELD, TIMESTAMP + "=field", issues);
        }
        return issues;
    }

    private static void checkFieldPath(AbstractConfig config, String key, String neededBy, List<ConfigIssue> issues) {
        String path = config.getString(key);
        if (path == null || path.isBlank()) {
            issues.add(new ConfigIssue(key, "Set " + key + " (a dotted field path such as user.id) for " + neededBy
                    + "."));
            return;
        }
        try {
            FieldPath.parse(path);
        } catch (IllegalArgumentException e) {
            issues.add(new ConfigIssue(key, e.getMessage()));
        }
    }

    private static Optional<ConfigIssue> checkKeyTemplate(String template, ListingConfig listing) {
        if (template == null || template.isBlank()) {
            return Optional.of(new ConfigIssue(KEY_TEMPLATE, "Set " + KEY_TEMPLATE + " for " + KEY + "=template."));
        }
        Set<String> known = new TreeSet<>(ObjectVariables.OF_RECORDS);
        known.addAll(listing.keyGroupNames());
        try {
            List<String> unknown = Template.parse(template).placeholders().stream()
                    .filter(name -> !known.contains(name)).toList();
            return unknown.isEmpty() ? Optional.empty() : Optional.of(new ConfigIssue(KEY_TEMPLATE,
                    "The key template names " + unknown + "; it may name " + known + " (the named groups come "
                            + "from " + ListingConfig.OBJECT_KEY_REGEX + ")."));
        } catch (IllegalArgumentException e) {
            return Optional.of(new ConfigIssue(KEY_TEMPLATE, e.getMessage()));
        }
    }

    public RecordKeys keys() {
        return keys;
    }

    public RecordTimestamps timestamps() {
        return timestamps;
    }

    public boolean headersEnabled() {
        return headersEnabled;
    }

    /** The user metadata names to copy into headers, lowercase; empty for none. */
    public List<String> metadataHeaders() {
        return metadataHeaders;
    }
}
