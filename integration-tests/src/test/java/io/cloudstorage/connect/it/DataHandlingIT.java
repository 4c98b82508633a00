package io.cloudstorage.connect.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.DeflaterOutputStream;

import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Compressed objects, bad data under each error policy, and topics routed by key, with the packaged connector on
 * a real Connect worker reading a real S3 server.
 */
class DataHandlingIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @RegisterExtension
    static final SharedCluster CLUSTER = new SharedCluster("data", 1);

    private static S3Fixture s3() {
        return CLUSTER.s3();
    }

    private static EmbeddedConnectCluster connect() {
        return CLUSTER.connect();
    }

    @Test
    void badDataGoesToTheDeadLetterTopicRawAndIsNotReadAgainAfterARestart() throws Exception {
        String bucket = s3().createBucket();
        s3().put(bucket, "logs/1.log.gz", Gzip.of(lines("good", 1, 1_000)));
        byte[] truncated = Arrays.copyOf(Gzip.of(lines("lost", 1, 100_000)), 3_000);
        s3().put(bucket, "logs/2.log.gz", truncated);
        s3().put(bucket, "logs/3.log", "short\n" + "x".repeat(80) + "\nlast\n");
        String topic = createTopic("dlq-records");
        String deadLetters = createTopic("dlq-dead-letters");
        Map<String, String> config = s3().connectorConfig("dlq", bucket, "logs/", topic);
        config.put("lines.max.bytes", "50");
        config.put("errors.policy", "dlq");
        config.put("errors.dlq.topic.name", deadLetters);

        try (TopicReader records = new TopicReader(connect().kafka(), topic);
             TopicReader dead = new TopicReader(connect().kafka(), deadLetters)) {
            connect().configureConnector("dlq", config);
            dead.awaitAtLeast(2, TIMEOUT);
            List<TopicReader.Line> good = records.awaitAtLeast(1_002, TIMEOUT);

            assertThat(good.stream().filter(line -> line.value().startsWith("good")).count()).isEqualTo(1_000);
            assertThat(good).extracting(TopicReader.Line::value).contains("short", "last")
                    .noneMatch(value -> value.startsWith("xxxx"));
            Map<String, TopicReader.Line> byKey = dead.lines().stream()
                    .collect(Collectors.toMap(TopicReader.Line::recordKey, line -> line));
            assertThat(Base64.getDecoder().decode(byKey.get("logs/2.log.gz").value())).as("the stored bytes")
                    .isEqualTo(truncated);
            assertThat(byKey.get("logs/2.log.gz").headers()).containsEntry("storage.bucket", bucket)
                    .containsEntry("error.raw.encoding", "base64")
                    .hasEntrySatisfying("error.message", message -> assertThat(message).contains("gzip"));
            assertThat(byKey.get("logs/3.log").value()).isEqualTo("x".repeat(50));
            assertThat(byKey.get("logs/3.log").headers()).containsEntry("storage.record.number", "2")
                    .containsEntry("error.class", "io.cloudstorage.connect.spi.format.MalformedRecord")
                    .hasEntrySatisfying("error.message", message -> assertThat(message).contains("(80 bytes)"));

            connect().deleteConnector("dlq");
            connect().assertions().assertConnectorDoesNotExist("dlq", "deleted");
            int seen = records.readUntilQuiet(Duration.ofSeconds(2)).size();
            connect().configureConnector("dlq", config);
            connect().assertions().assertConnectorAndExactlyNumTasksAreRunning("dlq", 1, "running again");
            s3().put(bucket, "logs/4.log", "after the restart\n");

            records.awaitAtLeast(seen + 1, TIMEOUT);
            assertThat(records.readUntilQuiet(Duration.ofSeconds(3))).hasSize(seen + 1);
            assertThat(dead.readUntilQuiet(Duration.ofSeconds(1))).as("no bad data read again").hasSize(2);
        }
        connect().deleteConnector("dlq");
    }

    @Test
    void withTheFailPolicyATruncatedObjectFailsTheTaskWithAMessageSayingWhatToDo() throws Exception {
        String bucket = s3().createBucket();
        byte[] compressed = Gzip.of(lines("line", 1, 100_000));
        s3().put(bucket, "logs/broken.log.gz", Arrays.copyOf(compressed, compressed.length / 2));
        String topic = createTopic("fail-records");

        connect().configureConnector("fail", s3().connectorConfig("fail", bucket, "logs/", topic));

        String trace = TaskFailures.awaitFailedTask(connect(), "fail", TIMEOUT).trace();
        assertThat(trace).contains("s3://" + bucket + "/logs/broken.log.gz", "corrupt or truncated",
                "errors.policy=skip");
        connect().deleteConnector("fail");
    }

    @Test
    void withTheSkipPolicyBadRecordsAreLeftOutAndTheRestArrives() throws Exception {
        String bucket = s3().createBucket();
        s3().put(bucket, "logs/1.log", "a\n" + "y".repeat(100) + "\nb\n");
        s3().put(bucket, "logs/2.log.zz", deflate("zlib-1\nzlib-2\n"));
        String topic = createTopic("skip-records");
        Map<String, String> config = s3().connectorConfig("skip", bucket, "logs/", topic);
        config.put("lines.max.bytes", "50");
        config.put("errors.policy", "skip");

        try (TopicReader records = new TopicReader(connect().kafka(), topic)) {
            connect().configureConnector("skip", config);
            records.awaitAtLeast(4, TIMEOUT);
            assertThat(records.readUntilQuiet(Duration.ofSeconds(3))).extracting(TopicReader.Line::value)
                    .containsExactlyInAnyOrder("a", "b", "zlib-1", "zlib-2");
        }
        connect().assertions().assertConnectorAndExactlyNumTasksAreRunning("skip", 1, "still running");
        connect().deleteConnector("skip");
    }

    @Test
    void objectsAreRoutedToTopicsNamedAfterPartsOfTheirKeys() throws Exception {
        String bucket = s3().createBucket();
        s3().put(bucket, "logs/web/1.log", "w1\nw2\n");
        s3().put(bucket, "logs/billing/1.log", "b1\n");
        createTopic("route.web");
        createTopic("route.billing");
        Map<String, String> config = s3().connectorConfig("route", bucket, "logs/", "route.${service}");
        config.put("object.key.regex", "logs/(?<service>[a-z]+)/.*");

        try (TopicReader web = new TopicReader(connect().kafka(), "route.web");
             TopicReader billing = new TopicReader(connect().kafka(), "route.billing")) {
            connect().configureConnector("route", config);
            web.awaitAtLeast(2, TIMEOUT);
            billing.awaitAtLeast(1, TIMEOUT);
            assertThat(web.readUntilQuiet(Duration.ofSeconds(2))).extracting(TopicReader.Line::value)
                    .containsExactly("w1", "w2");
            assertThat(billing.readUntilQuiet(Duration.ofSeconds(1))).extracting(TopicReader.Line::value)
                    .containsExactly("b1");
        }
        connect().deleteConnector("route");
    }

    private static String createTopic(String name) {
        connect().kafka().createTopic(name, 1);
        return name;
    }

    private static String lines(String name, int first, int last) {
        return IntStream.rangeClosed(first, last).mapToObj(i -> name + "-" + i + "\n").collect(Collectors.joining());
    }

    private static byte[] deflate(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(out)) {
            deflate.write(text.getBytes(UTF_8));
        }
        return out.toByteArray();
    }
}
