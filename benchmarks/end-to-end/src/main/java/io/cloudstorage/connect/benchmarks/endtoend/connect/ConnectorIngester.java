package io.cloudstorage.connect.benchmarks.endtoend.connect;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cloudstorage.connect.benchmarks.endtoend.data.DataSet;
import io.cloudstorage.connect.benchmarks.endtoend.ingest.Ingester;
import io.cloudstorage.connect.benchmarks.endtoend.ingest.Ingestion;
import io.cloudstorage.connect.benchmarks.endtoend.ingest.JvmLauncher;
import io.cloudstorage.connect.benchmarks.endtoend.ingest.ProducerSettings;
import io.cloudstorage.connect.benchmarks.endtoend.ingest.WarmUp;
import io.cloudstorage.connect.benchmarks.endtoend.jvm.JvmProbe;
import io.cloudstorage.connect.benchmarks.endtoend.report.Contender;

/**
 * Ingests a data set with a connector on a fresh standalone worker, so that the worker's heap and CPU time are the
 * connector's alone. The measurement begins when the connectors are created, or, for a data set with objects
 * already read, when the connectors (created stopped, their offsets set past those objects) are resumed. A warm-up
 * runs the same connectors under other names, deleted once its records have arrived.
 */
public final class ConnectorIngester implements Ingester {

    private static final String WARM_UP_NAME_PREFIX = "warm-up-";

    private final ConnectorUnderTest connector;
    private final JvmLauncher launcher;
    private final String bootstrapServers;
    private final ProducerSettings producerSettings;

    public ConnectorIngester(ConnectorUnderTest connector, JvmLauncher launcher, String bootstrapServers,
                             ProducerSettings producerSettings) {
        this.connector = connector;
        this.launcher = launcher;
        this.bootstrapServers = bootstrapServers;
        this.producerSettings = producerSettings;
    }

    @Override
    public Contender contender() {
        return connector.contender();
    }

    @Override
    public Optional<String> unsupported(DataSet dataSet) {
        Optional<String> unsupported = connector.unsupported(dataSet);
        if (unsupported.isEmpty() && dataSet.lastReadKey().isPresent()
                && connector.offsetsAfterAlreadyRead(dataSet).isEmpty()) {
            return Optional.of("cannot be told to start after given objects");
        }
        return unsupported;
    }

    @Override
    public Ingestion prepare(DataSet dataSet, String topic, Path folder) throws IOException, InterruptedException {
        List<ConnectorConfig> configs = connector.configs(dataSet, topic);
        List<String> names = configs.stream().map(ConnectorConfig::name).toList();
        Optional<List<Map<String, Object>>> startingOffsets = dataSet.lastReadKey().isPresent()
                ? connector.offsetsAfterAlreadyRead(dataSet) : Optional.empty();
        StandaloneWorker worker = StandaloneWorker.start(launcher, connector.pluginPath(), bootstrapServers,
                producerSettings, folder);
        JvmProbe probe;
        try {
            if (startingOffsets.isPresent()) {
                for (ConnectorConfig config : configs) {
                    worker.createStopped(config);
                    worker.alterOffsets(config.name(), startingOffsets.get());
                }
            }
            probe = worker.probe();
        } catch (IOException | InterruptedException | RuntimeException e) {
            worker.close();
            throw e;
        }
        return new Ingestion() {
            @Override
            public JvmProbe probe() {
                return probe;
            }

            @Override
            public WarmUp warmUp(DataSet warmUp, String topic) throws IOException, InterruptedException {
                List<String> warmUpNames = new ArrayList<>();
                for (ConnectorConfig config : connector.configs(warmUp, topic)) {
                    ConnectorConfig renamed = config.named(WARM_UP_NAME_PREFIX + config.name());
                    worker.create(renamed);
                    warmUpNames.add(renamed.name());
                }
                return new WarmUp() {
                    @Override
                    public Optional<String> failure() throws IOException, InterruptedException {
                        return worker.failure(warmUpNames);
                    }

                    @Override
                    public void close() throws IOException, InterruptedException {
                        for (String name : warmUpNames) {
                            worker.delete(name);
                        }
                    }
                };
            }

            @Override
            public void begin() throws IOException, InterruptedException {
                for (ConnectorConfig config : configs) {
                    if (startingOffsets.isPresent()) {
                        worker.resume(config.name());
                    } else {
                        worker.create(config);
                    }
                }
            }

            @Override
            public Optional<String> failure() throws IOException, InterruptedException {
                return worker.failure(names);
            }

            @Override
            public void close() throws IOException {
                try {
                    probe.close();
                } finally {
                    worker.close();
                }
            }
        };
    }
}
