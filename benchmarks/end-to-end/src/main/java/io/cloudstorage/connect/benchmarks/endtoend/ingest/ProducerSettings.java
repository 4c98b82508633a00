package io.cloudstorage.connect.benchmarks.endtoend.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The producer settings of every contender, set explicitly on the ceiling's producers and (prefixed with
 * {@code producer.}) on each worker, so that no default of either decides a difference. Acknowledgements,
 * idempotence and in-flight requests are what a Connect worker sets for its source tasks; batching and lingering
 * are those of the ceiling measured with Kafka's own tools on this kind of machine. {@code --producer} changes
 * them for everyone alike.
 */
public final class ProducerSettings {

    private final Map<String, String> settings;

    private ProducerSettings(Map<String, String> settings) {
        this.settings = Collections.unmodifiableMap(settings);
    }

    /** The settings every contender runs with unless told otherwise. */
    public static ProducerSettings usual() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("acks", "all");
        settings.put("enable.idempotence", "false");
        settings.put("max.in.flight.requests.per.connection", "1");
        settings.put("linger.ms", "5");
        settings.put("batch.size", "262144");
        settings.put("compression.type", "none");
        settings.put("buffer.memory", "33554432");
        return new ProducerSettings(settings);
    }

    /** These settings, with {@code overrides} replacing or added to them. */
    public ProducerSettings with(Map<String, String> overrides) {
        Map<String, String> merged = new LinkedHashMap<>(settings);
        merged.putAll(overrides);
        return new ProducerSettings(merged);
    }

    public Map<String, String> producer() {
        return settings;
    }

    /** The same settings as a worker's properties. */
    public Map<String, String> worker() {
        Map<String, String> prefixed = new LinkedHashMap<>();
        settings.forEach((key, value) -> prefixed.put("producer." + key, value));
        return prefixed;
    }

    /** The settings as {@code KEY=VALUE} arguments of another JVM, which {@link #fromArguments} reads back. */
    public List<String> asArguments() {
        List<String> arguments = new ArrayList<>();
        settings.forEach((key, value) -> arguments.add(key + "=" + value));
        return arguments;
    }

    public static ProducerSettings fromArguments(List<String> arguments) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String argument : arguments) {
            KeyValue setting = KeyValue.parse(argument).orElseThrow(() -> new IllegalArgumentException(
                    "A producer setting is KEY=VALUE, not '" + argument + "'"));
            settings.put(setting.key(), setting.value());
        }
        return new ProducerSettings(settings);
    }

    @Override
    public String toString() {
        return String.join(", ", asArguments());
    }
}
