package io.cloudstorage.connect.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;

/** Worker settings shared by every test: the packaged plug-in on plugin.path, plain strings on the wire. */
final class ConnectWorkers {

    private ConnectWorkers() {
    }

    /** The folder that holds the packaged plug-in folder, as a user's plugin.path does. */
    static Path pluginPath() {
        Path path = Path.of(System.getProperty("connector.plugin.path", "../plugin/target/plugin"));
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException("No packaged plug-in in " + path.toAbsolutePath()
                    + ": build it first (mvn package)");
        }
        return path.toAbsolutePath().normalize();
    }

    /** Settings of the workers of cluster {@code name}, which a worker in another process can share to join it. */
    static Map<String, String> workerProps(String name) {
        Map<String, String> props = new HashMap<>();
        props.put("plugin.path", pluginPath().toString());
        // Connectors are found through their ServiceLoader manifests instead of a scan of every class.
        props.put("plugin.discovery", "service_load");
        props.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        props.put("value.converter", "org.apache.kafka.connect.storage.StringConverter");
        // Connector configurations may take secrets from files, as they do on production workers.
        props.put("config.providers", "file");
        props.put("config.providers.file.class", "org.apache.kafka.common.config.provider.FileConfigProvider");
        props.put("offset.flush.interval.ms", "1000");
        props.put("scheduled.rebalance.max.delay.ms", "2000");
        props.put("group.id", name + "-group");
        props.put("config.storage.topic", name + "-configs");
        props.put("offset.storage.topic", name + "-offsets");
        props.put("status.storage.topic", name + "-status");
        props.put("config.storage.replication.factor", "1");
        props.put("offset.storage.replication.factor", "1");
        props.put("status.storage.replication.factor", "1");
        return props;
    }

    /**
     * Settings of workers that write source records and their offsets in one transaction (KIP-618). Every worker of
     * the cluster needs them, including those in other processes.
     */
    static Map<String, String> exactlyOnceWorkerProps(String name) {
        Map<String, String> props = workerProps(name);
        props.put("exactly.once.source.support", "enabled");
        return props;
    }

    /** Broker settings without which a cluster of one broker cannot run transactions. */
    static Properties transactionalBrokerProps() {
        Properties props = new Properties();
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        // The default of 50 partitions only makes the broker's start slower.
        props.put("transaction.state.log.num.partitions", "4");
        return props;
    }

    static EmbeddedConnectCluster startCluster(String name, int workers) {
        return startCluster(name, workers, workerProps(name), new Properties());
    }

    static EmbeddedConnectCluster startCluster(String name, int workers, Map<String, String> workerProps,
                                               Properties brokerProps) {
        EmbeddedConnectCluster cluster = new EmbeddedConnectCluster.Builder()
                .name(name)
                .numWorkers(workers)
                .numBrokers(1)
                .brokerProps(brokerProps)
                .workerProps(workerProps)
                .build();
        cluster.start();
        return cluster;
    }

    /**
     * Waits until the status of {@code connector}, as the cluster reports it, satisfies {@code condition}, and
     * returns it.
     */
    static ConnectorStateInfo awaitStatus(EmbeddedConnectCluster connect, String connector,
                                          Predicate<ConnectorStateInfo> condition, String description,
                                          Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        ConnectorStateInfo status = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                status = connect.connectorStatus(connector);
                if (condition.test(status)) {
                    return status;
                }
            } catch (RuntimeException notYetKnown) {
                // the connector is not in the status topic yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Not within " + timeout.toSeconds() + " s: " + description + " (last status: "
                + (status == null ? "none" : status.tasks()) + ")");
    }

    /** Whether exactly {@code tasks} tasks are running, none of them on the workers {@code goneWorkers}. */
    static Predicate<ConnectorStateInfo> tasksRunningWithout(int tasks, Collection<String> goneWorkers) {
        return status -> status.tasks().size() == tasks && status.tasks().stream().allMatch(task ->
                "RUNNING".equals(task.state()) && !goneWorkers.contains(task.workerId()));
    }
}
