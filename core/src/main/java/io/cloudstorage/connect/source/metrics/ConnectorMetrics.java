package io.cloudstorage.connect.source.metrics;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.common.metrics.PluginMetrics;

/**
 * The connector's own counters, published through Kafka's metrics while it runs, as
 * {@code kafka.connect:type=plugins,connector=<name>} in the worker that runs the connector.
 */
public final class ConnectorMetrics implements AutoCloseable {

    private final AtomicInteger sourcePartitions = new AtomicInteger();
    private final AtomicLong reconfigurations = new AtomicLong();

    private MetricPublisher publisher;

    private ConnectorMetrics() {
    }

    public static ConnectorMetrics publishedTo(PluginMetrics plugin) {
        ConnectorMetrics metrics = new ConnectorMetrics();
        MetricPublisher publisher = new MetricPublisher(plugin);
        metrics.publisher = publisher;
        publisher.gauge("source-partitions", "The source partitions (prefixes) the connector spreads over its tasks.",
                metrics::sourcePartitions);
        publisher.gauge("task-reconfigurations", "How often prefix discovery found the source partitions changed "
                + "and asked Connect to reconfigure the tasks.", metrics::reconfigurations);
        return metrics;
    }

    public void sourcePartitions(int count) {
        sourcePartitions.set(count);
    }

    public void reconfigurationRequested() {
        reconfigurations.incrementAndGet();
    }

    public int sourcePartitions() {
        return sourcePartitions.get();
    }

    public long reconfigurations() {
        return reconfigurations.get();
    }

    /** Withdraws the published metrics. */
    @Override
    public void close() {
        if (publisher != null) {
            publisher.close();
            publisher = null;
        }
    }
}
