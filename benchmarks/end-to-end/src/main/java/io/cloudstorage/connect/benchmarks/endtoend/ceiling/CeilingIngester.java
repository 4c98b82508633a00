package io.cloudstorage.connect.benchmarks.endtoend.ceiling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.cloudstorage.connect.benchmarks.endtoend.data.DataSet;
import io.cloudstorage.connect.benchmarks.endtoend.data.Scale;
import io.cloudstorage.connect.benchmarks.endtoend.ingest.Ingester;
import io.cloudstorage.connect.benchmarks.endtoend.ingest.Ingestion;
import io.cloudstorage.connect.benchmarks.endtoend.ingest.JvmLauncher;
import io.cloudstorage.connect.benchmarks.endtoend.ingest.ProducerSettings;
import io.cloudstorage.connect.benchmarks.endtoend.ingest.WarmUp;
import io.cloudstorage.connect.benchmarks.endtoend.jvm.ChildJvm;
import io.cloudstorage.connect.benchmarks.endtoend.jvm.JvmProbe;
import io.cloudstorage.connect.benchmarks.endtoend.report.Contender;
import io.cloudstorage.connect.benchmarks.endtoend.report.Role;

/** Runs the {@link CeilingProducer} in its own JVM. */
public final class CeilingIngester implements Ingester {

    private static final Contender CONTENDER = new Contender("ceiling", "ceiling: KafkaProducer", Role.CEILING,
            Contender.NO_STORAGE);

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final JvmLauncher launcher;
    private final String bootstrapServers;
    private final ProducerSettings producerSettings;
    private final Scale scale;
    private final long seed;

    public CeilingIngester(JvmLauncher launcher, String bootstrapServers, ProducerSettings producerSettings,
                           Scale scale, long seed) {
        this.launcher = launcher;
        this.bootstrapServers = bootstrapServers;
        this.producerSettings = producerSettings;
        this.scale = scale;
        this.seed = seed;
    }

    @Override
    public Contender contender() {
        return CONTENDER;
    }

    @Override
    public Optional<String> unsupported(DataSet dataSet) {
        return Optional.empty();
    }

    @Override
    public Ingestion prepare(DataSet dataSet, String topic, Path folder) throws IOException, InterruptedException {
        Path ready = folder.resolve("ready");
        List<String> arguments = new ArrayList<>(List.of(bootstrapServers, topic, scale.name(), Long.toString(seed),
                dataSet.name(), ready.toString()));
        arguments.addAll(producerSettings.asArguments());
        ChildJvm jvm = launcher.startOnHarness("ceiling producer", CeilingProducer.class.getName(), arguments,
                folder.resolve("producer.log"));
        JvmProbe probe;
        try {
            probe = jvm.probe();
        } catch (IOException | InterruptedException e) {
            jvm.close();
            throw e;
        }
        try {
            awaitReady(jvm, ready);
        } catch (IOException | InterruptedException e) {
            try {
                probe.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            jvm.close();
            throw e;
        }
        return new Ingestion() {
            @Override
            public JvmProbe probe() {
                return probe;
            }

            /** The producers write the warm-up data set made from the same seed, as they make every data set. */
            @Override
            public WarmUp warmUp(DataSet warmUp, String topic) throws IOException {
                jvm.send(CeilingProducer.WARM_UP_COMMAND + topic);
                return new WarmUp() {
                    @Override
                    public Optional<String> failure() {
                        return exited(jvm);
                    }

                    @Override
                    public void close() {
                        // The producers are done once the harness has counted every record.
                    }
                };
            }

            @Override
            public void begin() throws IOException {
                jvm.send(CeilingProducer.GO_COMMAND);
            }

            @Override
            public Optional<String> failure() {
                return exited(jvm);
            }

            @Override
            public void close() throws IOException {
                try {
                    probe.close();
                } finally {
                    jvm.close();
                }
            }
        };
    }

    private static Optional<String> exited(ChildJvm jvm) {
        return jvm.isAlive() ? Optional.empty() : Optional.of(jvm.exitDescription());
    }

    private static void awaitReady(ChildJvm jvm, Path ready) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (!Files.exists(ready)) {
            if (!jvm.isAlive()) {
                throw new IOException(jvm.exitDescription());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IOException(jvm + " was not ready within " + READY_TIMEOUT.toSeconds() + " s; see "
                        + jvm.log());
            }
            Thread.sleep(20);
        }
    }
}
