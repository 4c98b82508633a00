package io.cloudstorage.connect.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What happens around the connector while it reads: the broker restarts, the connector is paused, its tasks.max
 * changes, a worker dies in the middle of a rebalance. Nothing is lost; only a crash may repeat lines.
 *
 * <p>Objects are written before the connector starts or while it is paused, never while a task may list them (see
 * ExactlyOnceIT for why), so the data is large enough to outlast each fault. Records carry the time they were read
 * ({@code record.timestamp=ingestion}): records read after a fault began show that it struck mid-stream.
 */
class ClusterFaultsIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(180);
    private static final String CLUSTER_NAME = "faults";
    private static final List<String> PREFIXES = List.of("logs/", "metrics/", "events/");

    @RegisterExtension
    static final SharedCluster CLUSTER = new SharedCluster(CLUSTER_NAME, 1);

    @TempDir
    Path folder;

    private static S3Fixture s3() {
        return CLUSTER.s3();
    }

    private static EmbeddedConnectCluster connect() {
        return CLUSTER.connect();
    }

    @Test
    void aBrokerRestartWhileReadingLosesNothingAndTheTasksRunOn() throws Exception {
        String bucket = s3().createBucket();
        TestData data = TestData.of(PREFIXES, 4, 6_000);
        s3().put(bucket, data);
        String name = "broker-restart";
        String topic = createTopic(name);
        Map<String, String> config = connectorConfig(name, bucket, topic);
        config.put("tasks.max", String.valueOf(PREFIXES.size()));

        try (TopicReader topicReader = new TopicReader(connect().kafka(), topic)) {
            connect().configureConnector(name, config);
            topicReader.awaitAtLeast(1, TIMEOUT);
            Instant stopped = Instant.now();
            connect().kafka().stopOnlyBrokers();
            connect().kafka().restartOnlyBrokers();

            List<TopicReader.Line> lines = topicReader.readUntil(data.totalLines(), TIMEOUT);
            Delivery.assertAtLeastOnceInObjectOrder(lines, data);
            assertReadAfter(lines, stopped, "the broker stopped");
        }
        connect().assertions().assertConnectorAndExactlyNumTasksAreRunning(name, PREFIXES.size(),
                "the tasks run on after the restart");
        connect().deleteConnector(name);
    }

    @Test
    void pausingAndResumingMidStreamLosesAndRepeatsNothing() throws Exception {
        String bucket = s3().createBucket();
        TestData before = TestData.of(PREFIXES, 4, 6_000);
        s3().put(bucket, before);
        String name = "pause";
        String topic = createTopic(name);
        Map<String, String> config = connectorConfig(name, bucket, topic);
        config.put("tasks.max", String.valueOf(PREFIXES.size()));

        try (TopicReader topicReader = new TopicReader(connect().kafka(), topic)) {
            connect().configureConnector(name, config);
            topicReader.awaitAtLeast(1, TIMEOUT);
            connect().pauseConnector(name);
            connect().assertions().assertConnectorAndExactlyNumTasksArePaused(name, PREFIXES.size(),
                    "the connector pauses on request");
            int paused = topicReader.readUntilQuiet(Duration.ofSeconds(2)).size();
            assertThat(paused).as("records when paused").isLessThan(before.totalLines());
            TestData during = TestData.of(PREFIXES, 4, 1, 1_000);
            s3().put(bucket, during);
            assertThat(topicReader.readUntilQuiet(Duration.ofSeconds(2)).size()).as("records while paused, with new "
                    + "objects waiting").isEqualTo(paused);

            connect().resumeConnector(name);
            connect().assertions().assertConnectorAndExactlyNumTasksAreRunning(name, PREFIXES.size(),
                    "the connector resumes");
            TestData all = before.plus(during);
            Delivery.assertExactlyOnceInObjectOrder(topicReader.readUntil(all.totalLines(), TIMEOUT), all);
        }
        connect().deleteConnector(name);
    }

    @Test
    void changingTasksMaxWhileReadingLosesAndRepeatsNothing() throws Exception {
        String bucket = s3().createBucket();
        TestData data = TestData.of(PREFIXES, 4, 12_000);
        s3().put(bucket, data);
        String name = "tasks-max";
        String topic = createTopic(name);
        Map<String, String> config = connectorConfig(name, bucket, topic);

        try (TopicReader topicReader = new TopicReader(connect().kafka(), topic)) {
            Instant lastChange = Instant.now();
            int[] maxTasksInTurn = {2, 4, 1};
            for (int change = 0; change < maxTasksInTurn.length; change++) {
                // The first creates the connector; each next one comes after another tenth of the records.
                topicReader.awaitAtLeast(change * data.totalLines() / 10, TIMEOUT);
                lastChange = Instant.now();
                config.put("tasks.max", String.valueOf(maxTasksInTurn[change]));
                connect().configureConnector(name, config);
                connect().assertions().assertConnectorAndExactlyNumTasksAreRunning(name,
                        Math.min(PREFIXES.size(), maxTasksInTurn[change]), "min(prefixes, tasks.max) tasks");
            }

            List<TopicReader.Line> lines = topicReader.readUntil(data.totalLines(), TIMEOUT);
            Delivery.assertExactlyOnceInObjectOrder(lines, data);
            assertReadAfter(lines, lastChange, "the last change of tasks.max");
        }
        connect().deleteConnector(name);
    }

    @Test
    void aWorkerKilledDuringARebalanceLosesNothingAndTheSurvivorRunsAllTasks() throws Exception {
        String bucket = s3().createBucket();
        TestData data = TestData.of(PREFIXES, 4, 12_000);
        s3().put(bucket, data);
        String name = "rebalance-kill";
        String topic = createTopic(name);
        Map<String, String> config = connectorConfig(name, bucket, topic);
        config.put("tasks.max", "2");

        try (TopicReader topicReader = new TopicReader(connect().kafka(), topic)) {
            String killed;
            Instant killedAt;
            try (ExternalWorker worker = ExternalWorker.start(ConnectWorkers.workerProps(CLUSTER_NAME),
                    connect().kafka().bootstrapServers(), folder)) {
                connect().configureConnector(name, config);
                worker.awaitRunningTaskOf(connect(), name, TIMEOUT);
                config.put("tasks.max", String.valueOf(PREFIXES.size()));
                connect().configureConnector(name, config);
                killedAt = Instant.now();
                worker.kill();
                killed = worker.workerId();
            }
            ConnectWorkers.awaitStatus(connect(), name,
                    ConnectWorkers.tasksRunningWithout(PREFIXES.size(), List.of(killed)),
                    "every task running on the surviving worker", TIMEOUT);

            List<TopicReader.Line> lines = topicReader.readUntil(data.totalLines(), TIMEOUT);
            Delivery.assertAtLeastOnceInObjectOrder(lines, data);
            assertReadAfter(lines, killedAt, "the kill");
        }
        connect().assertions().assertConnectorAndExactlyNumTasksAreRunning(name, PREFIXES.size(),
                "the tasks run on");
        connect().deleteConnector(name);
    }

    /** The connector was still reading when {@code moment} came: some records were read after it. */
    private static void assertReadAfter(List<TopicReader.Line> lines, Instant moment, String what) {
        assertThat(lines).as("records read after %s", what)
                .anyMatch(line -> line.timestamp() > moment.toEpochMilli());
    }

    private static Map<String, String> connectorConfig(String name, String bucket, String topic) {
        Map<String, String> config = s3().connectorConfig(name, bucket, String.join(",", PREFIXES), topic);
        config.put("record.timestamp", "ingestion");
        return config;
    }

    private static String createTopic(String name) {
        String topic = name + "-records";
        connect().kafka().createTopic(topic, 3);
        return topic;
    }
}
