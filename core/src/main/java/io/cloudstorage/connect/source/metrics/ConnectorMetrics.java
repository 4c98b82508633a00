package io.cloudstorage.connect.source.metrics;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

import org.apache.kafka.common.metrics.PluginMetrics;

/**
 * The connector's own counters, published through Kafka's metrics while it runs, as
 * {@code kafka.connect:type=plugins,connector=<name>} in the worker that runs the connector.
 */
public final class ConnectorMetrics implements AutoCloseable {

    private final AtomicLong reconfigurations = new AtomicLong();
    private final MetricPublisher publisher;

    /** @param sourcePartitions how many source partitions the connector spreads over its tasks now */
    public ConnectorMetrics(PluginMetrics plugin, IntSupplier sourcePartitions) {
        this.publisher = new MetricPublisher(plugin);
        publisher.gauge("source-partitions", "The source partitions (prefixes) the connector spreads over its tasks.",
                sourcePartitions::getAsInt);
        publisher.gauge("task-reconfigurations", "How often prefix discovery found the source partitions changed "
                + "and asked Connect to reconfigure the tasks.", reconfigurations::get);
    }

    public void reconfigurationRequested() {
        reconfigurations.incrementAndGet();
    }

    /** Withdraws the published metrics. */
    @Override
    public void close() {
        publisher.close();
    }
}
