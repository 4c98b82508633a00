package io.cloudstorage.connect.source.config;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * A task's configuration: the connector's, plus the prefixes of the source partitions this task reads. Those
 * are discovered keys, which may hold commas, so they are stored URL-encoded rather than as a Connect list.
 */
public final class SourceTaskConfig extends CloudStorageSourceConfig {

    public static final String TASK_PREFIXES = "task.prefixes";
    /** The task's index among the connector's tasks, which is the task id Connect gives it. */
    public static final String TASK_INDEX = "task.index";
    private static final String NAME = "name";

    private static final ConfigDef TASK_DEF = configDef()
            .defineInternal(TASK_PREFIXES, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, Importance.HIGH)
            .defineInternal(TASK_INDEX, Type.INT, 0, Importance.LOW)
            .defineInternal(NAME, Type.STRING, "", Importance.LOW);

    private final List<String> taskPrefixes;

    public SourceTaskConfig(Map<String, String> props) {
        super(TASK_DEF, props);
        this.taskPrefixes = decode(getString(TASK_PREFIXES));
    }

    /** The name of the connector, as Connect gave it. */
    public String connectorName() {
        return getString(NAME);
    }

    public int taskIndex() {
        return getInt(TASK_INDEX);
    }

    /**
     * The configuration of a task that reads {@code prefixes}. Its {@code prefix.whitelist} shows the whitelisted
     * prefixes those come from, so that the REST API's task configurations tell who reads what.
     */
    public static Map<String, String> forTask(CloudStorageSourceConfig connectorConfig, int index,
                                             List<String> prefixes) {
        Map<String, String> props = new HashMap<>(connectorConfig.originalsStrings());
        props.put(TASK_PREFIXES, encode(prefixes));
        props.put(TASK_INDEX, Integer.toString(index));
        List<String> whitelist = connectorConfig.listing().prefixWhitelist();
        if (!whitelist.isEmpty()) {
            props.put(ListingConfig.PREFIX_WHITELIST, whitelist.stream()
                    .filter(listed -> prefixes.stream().anyMatch(prefix -> prefix.startsWith(listed)))
                    .collect(Collectors.joining(",")));
        }
        return props;
    }

    /** The prefixes of the source partitions this task reads. */
    public List<String> taskPrefixes() {
        return taskPrefixes;
    }

    static String encode(List<String> prefixes) {
        return prefixes.stream().map(prefix -> URLEncoder.encode(prefix, StandardCharsets.UTF_8))
                .collect(Collectors.joining(","));
    }

    /** A task always reads at least one prefix, so an empty value is the one empty prefix (the whole bucket). */
    static List<String> decode(String encoded) {
        return Arrays.stream(encoded.split(",", -1))
                .map(prefix -> URLDecoder.decode(prefix, StandardCharsets.UTF_8)).toList();
    }
}
