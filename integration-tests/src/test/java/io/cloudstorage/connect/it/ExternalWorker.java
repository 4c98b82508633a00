package io.cloudstorage.connect.it;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;

/**
 * A distributed Connect worker in a JVM of its own, started with Kafka's {@code ConnectDistributed}, so that a
 * test can kill it outright (SIGKILL): no task is stopped, no offset flushed, no goodbye sent to the group.
 */
final class ExternalWorker implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final int port;
    private final Path log;

    private ExternalWorker(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts a worker with these settings and returns once its REST API answers. */
    static ExternalWorker start(Map<String, String> workerProps, String bootstrapServers, Path folder)
            throws IOException, InterruptedException {
        int port = freePort();
        Properties props = new Properties();
        props.putAll(workerProps);
        props.setProperty("bootstrap.servers", bootstrapServers);
        props.setProperty("listeners", "http://127.0.0.1:" + port);
        props.setProperty("rest.advertised.host.name", "127.0.0.1");
        Path config = folder.resolve("worker.properties");
        try (OutputStream out = Files.newOutputStream(config)) {
            props.store(out, "A Connect worker of " + ExternalWorker.class.getSimpleName());
        }
        Path log = folder.resolve("worker.log");
        Path logConfig = Path.of(ExternalWorker.class.getResource("/log4j2-test.xml").getPath());
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dlog4j2.configurationFile=" + logConfig,
                "-cp", System.getProperty("java.class.path"),
                "org.apache.kafka.connect.cli.ConnectDistributed", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ExternalWorker worker = new ExternalWorker(process, port, log);
        worker.awaitRestApi();
        return worker;
    }

    /** The id Connect gives this worker in connector and task statuses. */
    String workerId() {
        return "127.0.0.1:" + port;
    }

    /** Waits until the cluster's rebalances have given this worker a running task of {@code connector}. */
    void awaitRunningTaskOf(EmbeddedConnectCluster connect, String connector, Duration timeout)
            throws InterruptedException {
        ConnectWorkers.awaitStatus(connect, connector, status -> status.tasks().stream().anyMatch(task ->
                        "RUNNING".equals(task.state()) && workerId().equals(task.workerId())),
                "a task of " + connector + " running on worker " + workerId() + " (log: " + log + ")", timeout);
    }

    /** Kills the worker's JVM at once, as a crash or {@code kill -9} would. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    private void awaitRestApi() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/connectors"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("The worker exited while starting; see " + log);
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IOException("The worker's REST API did not answer within " + STARTUP_TIMEOUT + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
