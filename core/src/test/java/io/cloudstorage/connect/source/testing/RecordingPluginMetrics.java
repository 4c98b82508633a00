package io.cloudstorage.connect.source.testing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Gauge;
import org.apache.kafka.common.metrics.MetricConfig;
import org.apache.kafka.common.metrics.MetricValueProvider;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.common.metrics.Sensor;

/** Keeps the metrics a plug-in adds, as the worker's registry would, so that tests can read their values. */
public final class RecordingPluginMetrics implements PluginMetrics {

    private final Map<String, MetricName> names = new LinkedHashMap<>();
    private final Map<MetricName, MetricValueProvider<?>> metrics = new LinkedHashMap<>();

    @Override
    public synchronized MetricName metricName(String name, String description, LinkedHashMap<String, String> tags) {
        return new MetricName(name, "plugins", description, tags);
    }

    @Override
    public synchronized void addMetric(MetricName name, MetricValueProvider<?> provider) {
        if (metrics.containsKey(name)) {
            throw new IllegalArgumentException("A metric named " + name + " was added already");
        }
        names.put(name.name(), name);
        metrics.put(name, provider);
    }

    @Override
    public synchronized void removeMetric(MetricName name) {
        names.remove(name.name());
        metrics.remove(name);
    }

    @Override
    public Sensor addSensor(String name) {
        throw new UnsupportedOperationException("The connector adds gauges only");
    }

    @Override
    public void removeSensor(String name) {
        throw new UnsupportedOperationException("The connector adds gauges only");
    }

    /** The names of the metrics added, in order. */
    public synchronized Map<String, MetricName> names() {
        return Map.copyOf(names);
    }

    /** The value of the gauge named {@code name} now. */
    public synchronized Object value(String name) {
        MetricName metricName = names.get(name);
        if (metricName == null) {
            throw new IllegalArgumentException("No metric named " + name + " among " + names.keySet());
        }
        return ((Gauge<?>) metrics.get(metricName)).value(new MetricConfig(), System.currentTimeMillis());
    }
}
