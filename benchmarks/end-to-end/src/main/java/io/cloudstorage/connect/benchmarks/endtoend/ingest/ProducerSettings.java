package io.cloudstorage.connect.benchmarks.endtoend.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The producer settings of every contender, set explicitly on the ceiling's producers and (prefixed with
 * {@code producer.}) on each worker, so that no default of either decides a difference. Acknowledgements,
 * idempotence and in-flight requests are what a Connect worker sets for its source tasks; batching and lingering
 * are those of the ceiling measured with Kafka's own tools on this kind of machine.
 */
public final class ProducerSettings {

    private static final Map<String, String> SETTINGS = settings();

    private ProducerSettings() {
    }

    public static Map<String, String> producer() {
        return SETTINGS;
    }

    /** The same settings as a worker's properties. */
    public static Map<String, String> worker() {
        Map<String, String> prefixed = new LinkedHashMap<>();
        SETTINGS.forEach((key, value) -> prefixed.put("producer." + key, value));
        return prefixed;
    }

    private static Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("acks", "all");
        settings.put("enable.idempotence", "false");
        settings.put("max.in.flight.requests.per.connection", "1");
        settings.put("linger.ms", "5");
        settings.put("batch.size", "262144");
        settings.put("compression.type", "none");
        settings.put("buffer.memory", "33554432");
        return Collections.unmodifiableMap(settings);
    }
}
