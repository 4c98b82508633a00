package io.cloudstorage.connect.source.config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

import io.cloudstorage.connect.source.choice.ConfigChoice;

/** Which objects are read, how they are split into source partitions, and how often the bucket is listed. */
public final class ListingConfig {

    public static final String GROUP = "Source";
    public static final String PREFIX_WHITELIST = "prefix.whitelist";
    public static final String DISCOVERY_DEPTH = "prefix.discovery.depth";
    public static final String DELIMITER = "prefix.delimiter";
    public static final String MAX_DISCOVERED_PREFIXES = "prefix.discovery.max.prefixes";
    public static final String OBJECT_KEY_REGEX = "object.key.regex";
    public static final String POLL_INTERVAL_MS = "poll.interval.ms";
    public static final String ORDERING = "ordering";
    public static final String ORDERING_LATENESS_MS = "ordering.lateness.ms";

    private final List<String> prefixWhitelist;
    private final int discoveryDepth;
    private final String delimiter;
    private final int maxDiscoveredPrefixes;
    private final Optional<Pattern> objectKeyPattern;
    private final Set<String> keyGroupNames;
    private final Duration pollInterval;
    private final ReadOrder order;
    private final Duration lateness;

    ListingConfig(AbstractConfig config) {
        this.prefixWhitelist = List.copyOf(config.getList(PREFIX_WHITELIST));
        this.discoveryDepth = config.getInt(DISCOVERY_DEPTH);
        this.delimiter = config.getString(DELIMITER);
        this.maxDiscoveredPrefixes = config.getInt(MAX_DISCOVERED_PREFIXES);
        this.objectKeyPattern = Optional.ofNullable(config.getString(OBJECT_KEY_REGEX)).map(Pattern::compile);
        this.keyGroupNames = objectKeyPattern.map(pattern -> namedGroups(pattern.pattern())).orElse(Set.of());
        this.pollInterval = Duration.ofMillis(config.getLong(POLL_INTERVAL_MS));
        this.order = ConfigChoice.fromConfigValue(ReadOrder.class, config.getString(ORDERING));
        this.lateness = Duration.ofMillis(config.getLong(ORDERING_LATENESS_MS));
    }

    static void define(ConfigDef def) {
        int order = 0;
        def.define(PREFIX_WHITELIST, Type.LIST, List.of(), Validators.disjointPrefixes(), Importance.HIGH,
                        "The key prefixes to read, comma-separated, e.g. 'logs/,metrics/'. Each is read as its own "
                                + "source partition, in key order. Empty: the whole bucket. A prefix usually ends "
                                + "with the delimiter; no prefix may start with another.",
                        GROUP, ++order, Width.LONG, "Prefixes")
                .define(DISCOVERY_DEPTH, Type.INT, 0, Range.between(0, 10), Importance.MEDIUM,
                        "0: each whitelisted prefix is one source partition. N > 0: each distinct prefix N "
                                + "delimiter levels below a whitelisted prefix is one source partition (with "
                                + "'logs/' and depth 1: 'logs/app1/', 'logs/app2/', ...), so that tasks share the "
                                + "work of one whitelisted prefix. New prefixes are found every " + POLL_INTERVAL_MS
                                + " and the tasks are reconfigured; objects above that depth are not read (a "
                                + "warning names how many).",
                        GROUP, ++order, Width.SHORT, "Prefix discovery depth")
                .define(DELIMITER, Type.STRING, "/", new ConfigDef.NonEmptyString(), Importance.LOW,
                        "What separates the levels of a key, for " + DISCOVERY_DEPTH + ". Zero-byte objects whose "
                                + "key ends with it are folder markers and are not read.",
                        GROUP, ++order, Width.SHORT, "Delimiter")
                .define(MAX_DISCOVERED_PREFIXES, Type.INT, 10_000, Range.between(1, 1_000_000), Importance.LOW,
                        "The most source partitions " + DISCOVERY_DEPTH + " may produce. Beyond it the connector "
                                + "fails with a message rather than store an oversized task configuration: choose "
                                + "a smaller depth or narrower prefixes.",
                        GROUP, ++order, Width.SHORT, "Most discovered prefixes")
                .define(OBJECT_KEY_REGEX, Type.STRING, null, Validators.regex(), Importance.MEDIUM,
                        "If set, only objects whose whole key matches this Java regular expression are read, "
                                + "e.g. '.*\\.log'. Objects that do not match are passed over for good. Its named "
                                + "groups can be used in the templates of topic and record.key.template, e.g. "
                                + "'logs/(?<service>[^/]+)/.*' with topic=logs.${service}.",
                        GROUP, ++order, Width.MEDIUM, "Object key filter")
                .define(POLL_INTERVAL_MS, Type.LONG, 5_000L, Range.between(100L, 86_400_000L), Importance.MEDIUM,
                        "How often a task lists a source partition in which it found nothing new, and how often "
                                + "the connector looks for new prefixes (with " + DISCOVERY_DEPTH + " > 0): the "
                                + "longest wait before a new object is read.",
                        GROUP, ++order, Width.SHORT, "Poll interval (ms)")
                .define(ORDERING, Type.STRING, ReadOrder.LEXICAL.configValue(),
                        Validators.oneOf(ConfigChoice.configValues(ReadOrder.class)), Importance.HIGH,
                        "In which order the objects of a source partition are read. 'lexical': in key order; each "
                                + "listing starts after the last key read, so finding new objects costs requests "
                                + "in proportion to the new objects only, however many old ones the prefix holds. "
                                + "It fits keys that only grow (time-stamped or sequence-numbered names): an object "
                                + "that appears with a key sorting before the last one read is never read. "
                                + "'arrival': in order of last-modified time, whatever the keys; each listing reads "
                                + "the whole prefix, and the offset remembers the objects read within "
                                + ORDERING_LATENESS_MS + ", so that an object is read exactly once if it becomes "
                                + "visible no later than that after its last-modified time (uploads that finish out "
                                + "of order, multipart uploads, keys written again with new content, which are read "
                                + "again as a new version).",
                        GROUP, ++order, Width.SHORT, "Ordering")
                .define(ORDERING_LATENESS_MS, Type.LONG, 600_000L, Range.between(0L, 7L * 86_400_000L),
                        Importance.MEDIUM,
                        "With ordering=arrival, how late an object may become visible in listings after its "
                                + "last-modified time (as the storage sets it: for S3, when the upload started) and "
                                + "still be read; also covers the clock difference between the storage and the "
                                + "worker. Objects that appear later than that are not read. Larger values cost a "
                                + "larger offset: about 40 bytes per object read within the window.",
                        GROUP, ++order, Width.SHORT, "Ordering lateness (ms)");
    }

    /** The prefixes as configured; empty for the whole bucket. */
    public List<String> prefixWhitelist() {
        return prefixWhitelist;
    }

    /** The prefixes to read: the whitelist, or the whole bucket (the empty prefix) if it is empty. */
    public List<String> prefixes() {
        return prefixesOf(prefixWhitelist);
    }

    /** The prefixes that {@code whitelist} reads: itself, or the whole bucket (the empty prefix) if it is empty. */
    public static List<String> prefixesOf(List<String> whitelist) {
        return whitelist.isEmpty() ? List.of("") : whitelist;
    }

    public int discoveryDepth() {
        return discoveryDepth;
    }

    public String delimiter() {
        return delimiter;
    }

    public int maxDiscoveredPrefixes() {
        return maxDiscoveredPrefixes;
    }

    public Duration pollInterval() {
        return pollInterval;
    }

    public ReadOrder order() {
        return order;
    }

    /** How late after its last-modified time an object may appear and still be read, with arrival order. */
    public Duration lateness() {
        return lateness;
    }

    /** Whether an object with this key and size is read at all. */
    public boolean selects(String key, long size) {
        boolean folderMarker = size == 0 && key.endsWith(delimiter);
        return !folderMarker && objectKeyPattern.map(pattern -> pattern.matcher(key).matches()).orElse(true);
    }

    /** The values of the named groups of {@value #OBJECT_KEY_REGEX} in a selected key, by name. */
    public Map<String, String> keyGroups(String key) {
        if (objectKeyPattern.isEmpty() || keyGroupNames.isEmpty()) {
            return Map.of();
        }
        Matcher matcher = objectKeyPattern.get().matcher(key);
        if (!matcher.matches()) {
            return Map.of();
        }
        Map<String, String> groups = new LinkedHashMap<>();
        for (String name : keyGroupNames) {
            groups.put(name, Objects.requireNonNullElse(matcher.group(name), ""));
        }
        return groups;
    }

    /** The names of the named groups of {@value #OBJECT_KEY_REGEX}, which templates may use. */
    public Set<String> keyGroupNames() {
        return keyGroupNames;
    }

    /**
     * The names of a regular expression's named groups, {@code (?<name>...)}. Java 17 has no API for them: the
     * expression's text is scanned, passing over escaped characters and character classes.
     */
    static Set<String> namedGroups(String regex) {
        Set<String> names = new LinkedHashSet<>();
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (regex.startsWith("(?<", i) && i + 3 < regex.length()
                    && Character.isLetter(regex.charAt(i + 3))) {
                int end = regex.indexOf('>', i + 3);
                if (end > 0) {
                    names.add(regex.substring(i + 3, end));
                }
            }
        }
        return names;
    }
}
