package io.cloudstorage.connect.source.testing;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.source.SourceConnectorContext;
import org.apache.kafka.connect.storage.OffsetStorageReader;

/** Records what a connector asks of the worker. */
public final class FakeConnectorContext implements SourceConnectorContext {

    public final AtomicInteger reconfigurations = new AtomicInteger();
    public final BlockingQueue<Exception> errors = new LinkedBlockingQueue<>();
    public final RecordingPluginMetrics metrics = new RecordingPluginMetrics();

    @Override
    public void requestTaskReconfiguration() {
        reconfigurations.incrementAndGet();
    }

    @Override
    public void raiseError(Exception e) {
        errors.add(e);
    }

    @Override
    public PluginMetrics pluginMetrics() {
        return metrics;
    }

    @Override
    public OffsetStorageReader offsetStorageReader() {
        throw new UnsupportedOperationException("The connector does not read offsets");
    }
}
