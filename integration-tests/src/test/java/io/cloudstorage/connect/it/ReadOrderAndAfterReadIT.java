package io.cloudstorage.connect.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Objects that arrive out of key order or are written again, read in arrival order, and objects moved away once
 * their records are in Kafka, with the packaged connector on a real Connect worker reading a real S3 server.
 */
class ReadOrderAndAfterReadIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @RegisterExtension
    static final SharedCluster CLUSTER = new SharedCluster("order", 1);

    private static S3Fixture s3() {
        return CLUSTER.s3();
    }

    private static EmbeddedConnectCluster connect() {
        return CLUSTER.connect();
    }

    @Test
    void inArrivalOrderLateKeysAndRewrittenObjectsAreReadOnceAndNothingAgainAfterARestart() throws Exception {
        String bucket = s3().createBucket();
        s3().put(bucket, "in/b.log", "b-1\nb-2\n");
        String topic = "arrival-records";
        connect().kafka().createTopic(topic, 1);
        Map<String, String> config = s3().connectorConfig("arrival", bucket, "in/", topic);
        config.put("ordering", "arrival");

        try (TopicReader records = new TopicReader(connect().kafka(), topic)) {
            connect().configureConnector("arrival", config);
            records.awaitAtLeast(2, TIMEOUT);

            s3().put(bucket, "in/a.log", "a-1\n");
            records.awaitAtLeast(3, TIMEOUT);
            s3().put(bucket, "in/b.log", "b-new\n");
            records.awaitAtLeast(4, TIMEOUT);

            connect().deleteConnector("arrival");
            connect().assertions().assertConnectorDoesNotExist("arrival", "deleted");
            connect().configureConnector("arrival", config);
            connect().assertions().assertConnectorAndExactlyNumTasksAreRunning("arrival", 1, "restarted");
            s3().put(bucket, "in/0.log", "after-restart\n");
            records.awaitAtLeast(5, TIMEOUT);

            assertThat(records.readUntilQuiet(Duration.ofSeconds(3))).extracting(TopicReader.Line::value)
                    .containsExactly("b-1", "b-2", "a-1", "b-new", "after-restart");
        } finally {
            connect().deleteConnector("arrival");
        }
    }

    @Test
    void afterReadMoveTakesObjectsOutOfTheReadPrefixOnceTheirRecordsAreInKafka() throws Exception {
        String bucket = s3().createBucket();
        s3().put(bucket, "in/2026/1.log", "one-1\none-2\n");
        s3().put(bucket, "in/2026/2.log", "two-1\n");
        String topic = "moved-records";
        connect().kafka().createTopic(topic, 1);
        Map<String, String> config = s3().connectorConfig("mover", bucket, "in/", topic);
        config.put("after.read", "move");
        config.put("after.read.move.prefix", "done/");

        try (TopicReader records = new TopicReader(connect().kafka(), topic)) {
            connect().configureConnector("mover", config);
            records.awaitAtLeast(3, TIMEOUT);
            awaitKeys(bucket, List.of("done/2026/1.log", "done/2026/2.log"));
            s3().put(bucket, "in/2026/3.log", "three-1\n");
            awaitKeys(bucket, List.of("done/2026/1.log", "done/2026/2.log", "done/2026/3.log"));

            assertThat(records.readUntilQuiet(Duration.ofSeconds(3))).extracting(TopicReader.Line::value)
                    .containsExactly("one-1", "one-2", "two-1", "three-1");
        } finally {
            connect().deleteConnector("mover");
        }
    }

    private static void awaitKeys(String bucket, List<String> expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (!s3().keys(bucket).equals(expected) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        assertThat(s3().keys(bucket)).isEqualTo(expected);
    }
}
