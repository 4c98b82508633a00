package io.cloudstorage.connect.source.testing;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTaskContext;
import org.apache.kafka.connect.source.TransactionContext;
import org.apache.kafka.connect.storage.OffsetStorageReader;

/**
 * Stores offsets as Connect does: keyed by the serialized partition map (so the order of its entries matters),
 * and serialized themselves (so integers come back as longs).
 */
public final class FakeOffsetStore {

    private final Map<String, Map<String, Object>> offsets = new HashMap<>();

    /** Commits the offset of a record, as the worker does once Kafka acknowledged it. */
    public synchronized void commit(SourceRecord record) {
        offsets.put(serialize(record.sourcePartition()), roundTrip(record.sourceOffset()));
    }

    public synchronized void put(Map<String, ?> partition, Map<String, ?> offset) {
        offsets.put(serialize(partition), roundTrip(offset));
    }

    public synchronized Map<String, Object> offset(Map<String, ?> partition) {
        return offsets.get(serialize(partition));
    }

    public SourceTaskContext context(Map<String, String> taskConfig) {
        return context(taskConfig, null);
    }

    /** A context whose transaction context is {@code transactions}, as with transaction.boundary=connector. */
    public SourceTaskContext context(Map<String, String> taskConfig, TransactionContext transactions) {
        RecordingPluginMetrics metrics = new RecordingPluginMetrics();
        return new SourceTaskContext() {
            @Override
            public TransactionContext transactionContext() {
                return transactions;
            }

            @Override
            public Map<String, String> configs() {
                return taskConfig;
            }

            @Override
            public OffsetStorageReader offsetStorageReader() {
                return new OffsetStorageReader() {
                    @Override
                    public <T> Map<String, Object> offset(Map<String, T> partition) {
                        return FakeOffsetStore.this.offset(partition);
                    }

                    @Override
                    public <T> Map<Map<String, T>, Map<String, Object>> offsets(Collection<Map<String, T>> partitions) {
                        Map<Map<String, T>, Map<String, Object>> result = new HashMap<>();
                        for (Map<String, T> partition : partitions) {
                            result.put(partition, FakeOffsetStore.this.offset(partition));
                        }
                        return result;
                    }
                };
            }

            @Override
            public PluginMetrics pluginMetrics() {
                return metrics;
            }
        };
    }

    private static String serialize(Map<String, ?> map) {
        return map.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** Refuses what Connect refuses to store: offsets hold only primitive values. */
    private static Map<String, Object> roundTrip(Map<String, ?> offset) {
        offset.forEach((field, value) -> {
            if (value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean
                    || value instanceof byte[])) {
                throw new IllegalArgumentException("Offsets may only contain primitive values, but field " + field
                        + " holds " + value.getClass().getName());
            }
        });
        Map<String, Object> copy = new LinkedHashMap<>();
        offset.forEach((key, value) -> copy.put(key, value instanceof Integer number ? number.longValue() : value));
        return copy;
    }
}
