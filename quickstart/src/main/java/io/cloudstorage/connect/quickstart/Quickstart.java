package io.cloudstorage.connect.quickstart;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.connect.runtime.rest.entities.ConfigInfo;
import org.apache.kafka.connect.runtime.rest.entities.ConfigInfos;
import org.apache.kafka.connect.runtime.rest.entities.ConfigKeyInfo;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;

/**
 * Starts a KRaft broker and a distributed Connect worker in this JVM, with the packaged plug-in on the worker's
 * {@code plugin.path} (loaded as any worker loads it), creates the connector through the worker's REST API and
 * shows the records flowing into Kafka until Ctrl-C, or for {@code --duration} seconds.
 */
public final class Quickstart {

    /** The system property naming the folder that holds the packaged plug-in folder. */
    static final String PLUGIN_PATH_PROPERTY = "connector.plugin.path";
    static final String CONNECTOR = "quickstart";
    static final String CONNECTOR_CLASS = "CloudStorageSourceConnector";

    private static final Duration STATUS_CHECK_INTERVAL = Duration.ofSeconds(5);

    private final QuickstartArgs args;
    private final LiveConsole console;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private volatile FlowDisplay running;

    Quickstart(QuickstartArgs args, LiveConsole console) {
        this.args = args;
        this.console = console;
    }

    public static void main(String[] argv) throws Exception {
        // Kafka's test jars, which hold the embedded cluster, bring log configurations that print to the console.
        System.setProperty("log4j2.configurationFile",
                System.getProperty("log4j2.configurationFile", "log4j2-quickstart.xml"));
        QuickstartArgs args;
        try {
            args = QuickstartArgs.parse(argv);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(QuickstartArgs.USAGE);
            System.exit(2);
            return;
        }
        if (args.help()) {
            System.out.print(QuickstartArgs.USAGE);
            return;
        }
        Quickstart quickstart = new Quickstart(args, LiveConsole.onStandardOutput());
        CountDownLatch finished = new CountDownLatch(1);
        Thread onCtrlC = new Thread(() -> {
            quickstart.stop();
            try {
                finished.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "quickstart-shutdown");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        int status;
        try {
            status = quickstart.run().failed() ? 1 : 0;
        } finally {
            finished.countDown();
        }
        if (!onCtrlC.isAlive()) {
            // Not in shutdown yet: the embedded broker's and worker's leftover threads must not keep the JVM up.
            Runtime.getRuntime().removeShutdownHook(onCtrlC);
            System.exit(status);
        }
    }

    /** What a run saw: the records that reached the topic, and whether the connector failed. */
    record Outcome(FlowDisplay.Totals totals, boolean failed) {
    }

    /** What has reached the topic so far; empty until the connector has been created. */
    Optional<FlowDisplay.Totals> progress() {
        FlowDisplay display = running;
        return display == null ? Optional.empty() : Optional.of(display.totals());
    }

    /** Makes {@link #run()} stop and clean up. */
    void stop() {
        stopRequested.countDown();
    }

    Outcome run() throws Exception {
        Optional<SampleBucket> samples = Optional.empty();
        EmbeddedConnectCluster connect = null;
        FlowDisplay display = null;
        try {
            Map<String, String> settings = connectorSettings();
            if (args.bucket().isEmpty()) {
                console.event("Starting an S3 server on 127.0.0.1 and loading sample objects...");
                samples = Optional.of(SampleBucket.start(console::event));
                settings = connectorSettings(samples.get().connectorSettings());
                console.event("Bucket: " + samples.get().describe());
            }
            Path pluginPath = pluginPath();
            console.event("Starting a Kafka broker (KRaft) and a Kafka Connect worker with plugin.path=" + pluginPath
                    + " (about 15 s; their logs go to " + System.getProperty("quickstart.log", "quickstart.log")
                    + ")...");
            connect = startConnect(pluginPath);
            Validation validation = Validation.of(connect, settings);
            if (!validation.problems().isEmpty()) {
                console.event("The worker's config/validate rejects this configuration:");
                validation.problems().forEach(problem -> console.event("  " + problem));
                return new Outcome(new FlowDisplay.Totals(0, 0, 0), true);
            }
            String topic = settings.get("topic");
            connect.kafka().createTopic(topic, 3);
            display = new FlowDisplay(connect.kafka(), topic, console, locationOf(settings));
            connect.configureConnector(CONNECTOR, settings);
            console.event("Created connector '" + CONNECTOR + "' through " + connect.endpointForResource(
                    "connectors/" + CONNECTOR + "/config") + " with " + validation.masked(settings));
            console.event("Its status: curl " + connect.endpointForResource("connectors/" + CONNECTOR + "/status"));
            console.event("Records arriving in topic '" + topic + "'" + (args.bounded() ? " for "
                    + args.duration().toSeconds() + " s" : " (Ctrl-C to stop)") + ":");
            display.start();
            running = display;
            samples.ifPresent(SampleBucket::keepWriting);
            boolean failed = watch(connect);
            FlowDisplay.Totals totals = display.totals();
            display.close();
            display = null;
            console.event(String.format("Stopped: %,d objects, %,d records, %.1f MB reached topic '%s'.",
                    totals.objects(), totals.records(), totals.bytes() / 1e6, topic));
            return new Outcome(totals, failed);
        } finally {
            if (display != null) {
                display.close();
            }
            if (connect != null) {
                connect.stop();
            }
            if (samples.isPresent()) {
                samples.get().close();
            }
        }
    }

    /** Waits until stopped, or the duration has passed; checks the connector's status meanwhile. */
    private boolean watch(EmbeddedConnectCluster connect) throws InterruptedException {
        Instant deadline = args.bounded() ? Instant.now().plus(args.duration()) : null;
        while (deadline == null || Instant.now().isBefore(deadline)) {
            Duration wait = STATUS_CHECK_INTERVAL;
            if (deadline != null && Duration.between(Instant.now(), deadline).compareTo(wait) < 0) {
                wait = Duration.between(Instant.now(), deadline);
            }
            if (stopRequested.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                return false;
            }
            Optional<String> failure = failureOf(connect);
            if (failure.isPresent()) {
                console.event("! " + failure.get());
                return true;
            }
        }
        return false;
    }

    private static Optional<String> failureOf(EmbeddedConnectCluster connect) {
        ConnectorStateInfo status;
        try {
            status = connect.connectorStatus(CONNECTOR);
        } catch (RuntimeException notYetKnown) {
            return Optional.empty();
        }
        if ("FAILED".equals(status.connector().state())) {
            return Optional.of("The connector failed: " + firstLine(status.connector().trace()));
        }
        return status.tasks().stream().filter(task -> "FAILED".equals(task.state())).findFirst()
                .map(task -> "Task " + task.id() + " failed: " + firstLine(task.trace()));
    }

    private static String firstLine(String trace) {
        return trace == null ? "(no trace)" : trace.lines().findFirst().orElse("");
    }

    /** The quickstart's defaults, then {@code base}, then what the user gave on the command line. */
    private Map<String, String> connectorSettings(Map<String, String> base) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("name", CONNECTOR);
        settings.put("connector.class", CONNECTOR_CLASS);
        settings.put("tasks.max", "2");
        settings.put("topic", "quickstart-records");
        settings.putAll(base);
        settings.putAll(args.connectorSettings());
        if ("bytes".equals(settings.get("format"))) {
            // The worker turns string values into text; the bytes format's values go to Kafka as they are.
            settings.putIfAbsent("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        }
        return settings;
    }

    private Map<String, String> connectorSettings() {
        return connectorSettings(Map.of());
    }

    /** What the worker's {@code config/validate} says of the settings. */
    private record Validation(List<String> problems, Set<String> passwordKeys) {

        static Validation of(EmbeddedConnectCluster connect, Map<String, String> settings) {
            ConfigInfos infos = connect.validateConnectorConfig(CONNECTOR_CLASS, settings);
            List<String> problems = infos.configs().stream().map(ConfigInfo::configValue)
                    .filter(value -> !value.errors().isEmpty())
                    .map(value -> value.name() + ": " + String.join("; ", value.errors()))
                    .toList();
            Set<String> passwordKeys = infos.configs().stream().map(ConfigInfo::configKey)
                    .filter(key -> key != null && "PASSWORD".equals(key.type()))
                    .map(ConfigKeyInfo::name)
                    .collect(Collectors.toSet());
            return new Validation(problems, passwordKeys);
        }

        /** The settings as shown to the user: secrets hidden, as the worker's REST API hides them. */
        Map<String, String> masked(Map<String, String> settings) {
            Map<String, String> shown = new LinkedHashMap<>(settings);
            shown.replaceAll((key, value) -> passwordKeys.contains(key) ? "[hidden]" : value);
            return shown;
        }
    }

    private static EmbeddedConnectCluster startConnect(Path pluginPath) {
        Map<String, String> worker = new LinkedHashMap<>();
        worker.put("plugin.path", pluginPath.toString());
        worker.put("plugin.discovery", "service_load");
        worker.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        worker.put("value.converter", "org.apache.kafka.connect.storage.StringConverter");
        worker.put("offset.flush.interval.ms", "1000");
        EmbeddedConnectCluster connect = new EmbeddedConnectCluster.Builder()
                .name("quickstart")
                .numWorkers(1)
                .numBrokers(1)
                .workerProps(worker)
                .build();
        // The broker formats its storage with a tool that prints to standard output, where the quickstart's own
        // lines go: its output is left out.
        PrintStream standardOutput = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            connect.start();
        } finally {
            System.setOut(standardOutput);
        }
        return connect;
    }

    private static Path pluginPath() {
        String value = System.getProperty(PLUGIN_PATH_PROPERTY, "plugin/target/plugin");
        Path path = Path.of(value).toAbsolutePath().normalize();
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException("No packaged plug-in in " + path + ": build it first (bin/quickstart "
                    + "does), or set -D" + PLUGIN_PATH_PROPERTY + " to the folder that holds it");
        }
        return path;
    }

    private static String locationOf(Map<String, String> settings) {
        String bucket = settings.get("bucket");
        return "local".equals(settings.get("storage.type")) ? bucket + "/" : "s3://" + bucket + "/";
    }
}
