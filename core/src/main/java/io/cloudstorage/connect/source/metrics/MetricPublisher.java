package io.cloudstorage.connect.source.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;

import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Gauge;
import org.apache.kafka.common.metrics.PluginMetrics;

/**
 * Adds gauges to a plug-in's metrics, which the worker tags with the connector (and task) they belong to, and
 * withdraws them: a connector that is paused is stopped and started again with the same metrics, which refuse a
 * name that is already there.
 */
final class MetricPublisher implements AutoCloseable {

    private final PluginMetrics plugin;
    private final List<MetricName> added = new ArrayList<>();

    MetricPublisher(PluginMetrics plugin) {
        this.plugin = plugin;
    }

    void gauge(String name, String description, Supplier<? extends Number> value) {
        Gauge<Number> gauge = (config, now) -> value.get();
        MetricName metricName = plugin.metricName(name, description, new LinkedHashMap<>());
        plugin.addMetric(metricName, gauge);
        added.add(metricName);
    }

    @Override
    public void close() {
        added.forEach(plugin::removeMetric);
        added.clear();
    }
}
