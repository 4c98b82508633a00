package io.cloudstorage.connect.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A worker that dies abruptly while its tasks read: the surviving worker takes over and nothing is lost. */
class WorkerKillIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(180);
    private static final String CLUSTER = "kill";

    @TempDir
    Path folder;

    private S3Fixture s3;
    private EmbeddedConnectCluster connect;
    private ExternalWorker external;

    @BeforeEach
    void start() throws Exception {
        s3 = S3Fixture.start(folder.resolve("s3"));
        connect = ConnectWorkers.startCluster(CLUSTER, 1);
        Files.createDirectories(folder.resolve("worker"));
        external = ExternalWorker.start(ConnectWorkers.workerProps(CLUSTER), connect.kafka().bootstrapServers(),
                folder.resolve("worker"));
    }

    @AfterEach
    void stop() throws Exception {
        if (external != null) {
            external.close();
        }
        if (connect != null) {
            connect.stop();
        }
        if (s3 != null) {
            s3.close();
        }
    }

    @Test
    void killingAWorkerMidStreamLosesNothing() throws Exception {
        List<String> prefixes = List.of("a/", "b/", "c/", "d/");
        String bucket = s3.createBucket();
        TestData data = TestData.of(prefixes, 8, 4_000);
        s3.put(bucket, data);
        String topic = "kill-records";
        connect.kafka().createTopic(topic, 3);
        Map<String, String> config = s3.connectorConfig("killed", bucket, String.join(",", prefixes), topic);
        config.put("tasks.max", "4");
        config.put("batch.max.records", "200");

        try (TopicReader topicReader = new TopicReader(connect.kafka(), topic)) {
            connect.configureConnector("killed", config);
            external.awaitRunningTaskOf(connect, "killed", TIMEOUT);
            topicReader.awaitAtLeast(data.totalLines() / 4, TIMEOUT);

            external.kill();
            assertThat(topicReader.lines()).as("killed mid-stream").hasSizeLessThan(data.totalLines());

            topicReader.awaitAtLeast(data.totalLines(), TIMEOUT);
            List<TopicReader.Line> lines = topicReader.readUntilQuiet(Duration.ofSeconds(3));
            Delivery.assertAtLeastOnceInObjectOrder(lines, data);
        }
        ConnectorStateInfo status = connect.connectorStatus("killed");
        assertThat(status.tasks()).hasSize(4).allSatisfy(task -> {
            assertThat(task.state()).isEqualTo("RUNNING");
            assertThat(task.workerId()).isNotEqualTo(external.workerId());
        });
    }
}
