package io.cloudstorage.connect.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workers with exactly-once source support (KIP-618) killed again and again while their tasks read: a consumer
 * that reads only committed records gets every line exactly once and in order, whichever transaction boundaries the
 * connector is given.
 *
 * <p>Each prefix goes to a topic of its own with one partition, so that every partition has one writer at a time
 * (the task that reads the prefix, or the task that took over from a killed one) and the offsets that commit
 * markers take show where transactions ended.
 */
class ExactlyOnceIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(180);
    private static final String CLUSTER = "eos";
    private static final List<String> PREFIXES = List.of("a/", "b/", "c/", "d/");
    private static final int OBJECTS_PER_PREFIX_AND_KILL = 2;
    private static final int LINES_PER_OBJECT = 2_500;

    @TempDir
    static Path folder;

    private static S3Fixture s3;
    private static EmbeddedConnectCluster connect;

    /** What reached the topics: as read_committed and read_uncommitted consumers see it. */
    private record Outcome(TestData data, List<TopicReader.Line> committed, List<TopicReader.Line> uncommitted) {
    }

    @BeforeAll
    static void start() throws Exception {
        s3 = S3Fixture.start(folder.resolve("s3"));
        connect = ConnectWorkers.startCluster(CLUSTER, 1, workerProps(), ConnectWorkers.transactionalBrokerProps());
    }

    @AfterAll
    static void stop() throws Exception {
        if (connect != null) {
            connect.stop();
        }
        if (s3 != null) {
            s3.close();
        }
    }

    @Test
    void pollBoundariesDeliverEveryLineExactlyOnceThroughRepeatedWorkerKills() throws Exception {
        Outcome outcome = readWhileKillingWorkers("eos-poll", 3, Map.of("transaction.boundary", "poll"));

        Delivery.assertExactlyOnceInObjectOrder(outcome.committed(), outcome.data());
    }

    /**
     * With transactions that stay open for seconds, a killed worker leaves records of an open transaction in the
     * topics: a read_uncommitted consumer sees them besides the committed ones, which shows that the kills did
     * interrupt transactions, and that what read_committed consumers get is not merely what was never interrupted.
     */
    @Test
    void intervalBoundariesDeliverEveryLineExactlyOnceThroughRepeatedWorkerKills() throws Exception {
        Outcome outcome = readWhileKillingWorkers("eos-interval", 2, Map.of("transaction.boundary", "interval",
                "transaction.boundary.interval.ms", "3000"));

        Delivery.assertExactlyOnceInObjectOrder(outcome.committed(), outcome.data());
        assertThat(outcome.uncommitted()).as("records of committed and aborted transactions")
                .hasSizeGreaterThan(outcome.committed().size());
        Delivery.assertAtLeastOnceInObjectOrder(outcome.uncommitted(), outcome.data());
    }

    @Test
    void connectorBoundariesEndATransactionAtEachObjectsEndAndAfterTransactionMaxRecords() throws Exception {
        int maxRecords = 500;
        Outcome outcome = readWhileKillingWorkers("eos-connector", 2, Map.of("transaction.boundary", "connector",
                "transaction.max.records", String.valueOf(maxRecords)));

        Delivery.assertExactlyOnceInObjectOrder(outcome.committed(), outcome.data());
        Delivery.assertTransactionsEndAtObjectEndsAndHoldAtMost(outcome.committed(), outcome.data(), maxRecords);
    }

    /**
     * Runs a connector of one task per prefix on the cluster's worker and on a worker in another JVM; writes new
     * objects, and kills that worker once every task reads them; {@code kills} times, each with a new worker. Then
     * lets the surviving worker read everything.
     */
    private Outcome readWhileKillingWorkers(String name, int kills, Map<String, String> boundaries)
            throws Exception {
        String bucket = s3.createBucket();
        List<String> topics = PREFIXES.stream().map(prefix -> topic(name, prefix)).toList();
        topics.forEach(topic -> connect.kafka().createTopic(topic, 1));
        Map<String, String> config = s3.connectorConfig(name, bucket, String.join(",", PREFIXES),
                name + "-${prefix}");
        config.put("object.key.regex", "(?<prefix>[^/]+)/.+");
        config.put("tasks.max", String.valueOf(PREFIXES.size()));
        config.put("exactly.once.support", "required");
        config.putAll(boundaries);

        TestData data = new TestData();
        List<String> killedWorkers = new ArrayList<>();
        try (TopicReader committed = TopicReader.readCommitted(connect.kafka(), topics);
             TopicReader uncommitted = TopicReader.readUncommitted(connect.kafka(), topics)) {
            connect.configureConnector(name, config);
            connect.assertions().assertConnectorAndExactlyNumTasksAreRunning(name, PREFIXES.size(),
                    "one task per prefix");
            for (int kill = 0; kill < kills; kill++) {
                Path workerFolder = Files.createDirectories(folder.resolve(name + "-worker-" + kill));
                try (ExternalWorker worker = ExternalWorker.start(workerProps(),
                        connect.kafka().bootstrapServers(), workerFolder)) {
                    worker.awaitRunningTaskOf(connect, name, TIMEOUT);
                    TestData newObjects = TestData.of(PREFIXES, kill * OBJECTS_PER_PREFIX_AND_KILL,
                            OBJECTS_PER_PREFIX_AND_KILL, LINES_PER_OBJECT);
                    writeWhilePaused(name, bucket, newObjects);
                    data = data.plus(newObjects);
                    uncommitted.awaitUntil(lines -> everyPrefixIsBeingRead(lines, newObjects),
                            "records of the new objects of every prefix", TIMEOUT);
                    worker.kill();
                    killedWorkers.add(worker.workerId());
                }
            }
            ConnectWorkers.awaitStatus(connect, name, ConnectWorkers.tasksRunningWithout(PREFIXES.size(),
                    killedWorkers), "every task running on the surviving worker", TIMEOUT);
            Outcome outcome = new Outcome(data, committed.readUntil(data.totalLines(), TIMEOUT),
                    uncommitted.readUntilQuiet(Duration.ofSeconds(2)));
            connect.deleteConnector(name);
            return outcome;
        }
    }

    /**
     * Writes objects while no task lists: s3proxy lists an object being uploaded under a temporary key that sorts
     * after the object's own, and a task that lists it then would pass over the object for good (reading in key
     * order), which is not what these tests are about.
     */
    private static void writeWhilePaused(String name, String bucket, TestData objects) throws InterruptedException {
        connect.pauseConnector(name);
        connect.assertions().assertConnectorAndExactlyNumTasksArePaused(name, PREFIXES.size(), "paused to write");
        s3.put(bucket, objects);
        connect.resumeConnector(name);
    }

    /** Worker settings of the cluster: the tasks of a killed worker move to another one after 7 s, not 12 s. */
    private static Map<String, String> workerProps() {
        Map<String, String> props = ConnectWorkers.exactlyOnceWorkerProps(CLUSTER);
        props.put("session.timeout.ms", "6000");
        props.put("heartbeat.interval.ms", "1000");
        props.put("scheduled.rebalance.max.delay.ms", "1000");
        return props;
    }

    /** Whether every prefix's task has started to read {@code objects}: all tasks are busy when a worker dies. */
    private static boolean everyPrefixIsBeingRead(List<TopicReader.Line> lines, TestData objects) {
        Set<String> reading = lines.stream().map(TopicReader.Line::objectKey)
                .filter(objects.objects()::containsKey)
                .map(key -> key.substring(0, key.indexOf('/') + 1))
                .collect(Collectors.toSet());
        return reading.containsAll(PREFIXES);
    }

    private static String topic(String name, String prefix) {
        return name + "-" + prefix.substring(0, prefix.length() - 1);
    }
}
