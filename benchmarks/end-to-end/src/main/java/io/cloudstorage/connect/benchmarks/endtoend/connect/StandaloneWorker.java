package io.cloudstorage.connect.benchmarks.endtoend.connect;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudstorage.connect.benchmarks.endtoend.ingest.JvmLauncher;
import io.cloudstorage.connect.benchmarks.endtoend.ingest.ProducerSettings;
import io.cloudstorage.connect.benchmarks.endtoend.jvm.ChildJvm;
import io.cloudstorage.connect.benchmarks.endtoend.jvm.JvmProbe;
import io.cloudstorage.connect.benchmarks.endtoend.jvm.LoopbackPorts;

/**
 * A standalone Connect worker in a JVM of its own (Kafka's {@code ConnectStandalone}), whose only connectors are
 * those in the folder of its {@code plugin.path}; connectors are created and steered through its REST API.
 */
public final class StandaloneWorker implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);

    private final ChildJvm jvm;
    private final ConnectRest rest;

    private StandaloneWorker(ChildJvm jvm, ConnectRest rest) {
        this.jvm = jvm;
        this.rest = rest;
    }

    /**
     * Starts a worker and returns once its REST API answers.
     *
     * @param folder where its properties, offsets file and log go
     */
    public static StandaloneWorker start(JvmLauncher launcher, Path pluginPath, String bootstrapServers,
                                         ProducerSettings producerSettings, Path folder)
            throws IOException, InterruptedException {
        int port = LoopbackPorts.free();
        Properties props = new Properties();
        props.putAll(workerSettings(pluginPath, bootstrapServers, producerSettings, folder.resolve("offsets"), port));
        Path config = folder.resolve("worker.properties");
        try (OutputStream out = Files.newOutputStream(config)) {
            props.store(out, "A standalone worker started by the benchmark harness");
        }
        ChildJvm jvm = launcher.startOnKafka("Connect worker", "org.apache.kafka.connect.cli.ConnectStandalone",
                List.of(config.toString()), folder.resolve("worker.log"));
        StandaloneWorker worker = new StandaloneWorker(jvm, new ConnectRest(URI.create("http://127.0.0.1:" + port)));
        try {
            worker.awaitRestApi();
        } catch (IOException | InterruptedException | RuntimeException e) {
            jvm.close();
            throw e;
        }
        return worker;
    }

    static Map<String, String> workerSettings(Path pluginPath, String bootstrapServers,
                                              ProducerSettings producerSettings, Path offsets, int port) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("bootstrap.servers", bootstrapServers);
        settings.put("plugin.path", pluginPath.toString());
        // Connectors are found through their ServiceLoader manifests, without a scan of every class.
        settings.put("plugin.discovery", "service_load");
        settings.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        settings.put("value.converter", "org.apache.kafka.connect.storage.StringConverter");
        settings.put("offset.storage.file.filename", offsets.toString());
        settings.put("listeners", "http://127.0.0.1:" + port);
        settings.putAll(producerSettings.worker());
        return settings;
    }

    public JvmProbe probe() throws IOException, InterruptedException {
        return jvm.probe();
    }

    public void create(ConnectorConfig connector) throws IOException, InterruptedException {
        rest.put("/connectors/" + connector.name() + "/config", connector.settings());
    }

    /** Creates the connector without starting it, so that its offsets can be set first. */
    public void createStopped(ConnectorConfig connector) throws IOException, InterruptedException {
        rest.post("/connectors", Map.of("name", connector.name(), "config", connector.settings(),
                "initial_state", "STOPPED"));
    }

    /** @param offsets entries of {@code partition} and {@code offset}, as Connect's REST API takes them */
    public void alterOffsets(String connector, List<Map<String, Object>> offsets)
            throws IOException, InterruptedException {
        rest.patch("/connectors/" + connector + "/offsets", Map.of("offsets", offsets));
    }

    public void resume(String connector) throws IOException, InterruptedException {
        rest.put("/connectors/" + connector + "/resume", Map.of());
    }

    /** Deletes the connector, which stops its tasks. */
    public void delete(String connector) throws IOException, InterruptedException {
        rest.delete("/connectors/" + connector);
    }

    /** The first failure of these connectors or of their tasks, or of the worker itself. */
    public Optional<String> failure(List<String> connectors) throws IOException, InterruptedException {
        if (!jvm.isAlive()) {
            return Optional.of(jvm.exitDescription());
        }
        for (String connector : connectors) {
            JsonNode status;
            try {
                status = rest.get("/connectors/" + connector + "/status");
            } catch (IOException notKnownYet) {
                continue; // a connector just created has no status for a moment
            }
            if ("FAILED".equals(status.path("connector").path("state").asText())) {
                return Optional.of(connector + " failed: " + firstLine(status.path("connector")));
            }
            for (JsonNode task : status.path("tasks")) {
                if ("FAILED".equals(task.path("state").asText())) {
                    return Optional.of(connector + " task " + task.path("id").asText() + " failed: "
                            + firstLine(task));
                }
            }
        }
        return Optional.empty();
    }

    private static String firstLine(JsonNode state) {
        return state.path("trace").asText("(no trace)").lines().findFirst().orElse("");
    }

    private void awaitRestApi() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (!rest.answers("/connectors")) {
            if (!jvm.isAlive()) {
                throw new IOException(jvm.exitDescription());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IOException("The worker's REST API did not answer within " + STARTUP_TIMEOUT.toSeconds()
                        + " s; see " + jvm.log());
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void close() {
        jvm.close();
    }
}
