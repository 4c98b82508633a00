package io.cloudstorage.connect.it;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.util.clusters.EmbeddedConnectStandalone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged connector in a standalone worker, reading folders of the local file system. */
class StandaloneLocalFolderIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path root;

    private EmbeddedConnectStandalone connect;

    @BeforeEach
    void start() {
        Map<String, String> workerProps = new HashMap<>(ConnectWorkers.workerProps("standalone"));
        connect = new EmbeddedConnectStandalone.Builder()
                .offsetsFile(root.resolve("connect.offsets").toString())
                .workerProps(workerProps)
                .build();
        connect.start();
    }

    @AfterEach
    void stop() {
        if (connect != null) {
            connect.stop();
        }
    }

    @Test
    void readsFoldersAndResumesFromItsOffsetsFileWhenRecreated() throws Exception {
        Path bucket = Files.createDirectories(root.resolve("data").resolve("incoming"));
        TestData first = TestData.of(List.of("logs/", "metrics/"), 3, 200);
        write(bucket, first);
        connect.kafka().createTopic("local-records", 2);
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", "CloudStorageSourceConnector");
        config.put("tasks.max", "2");
        config.put("storage.type", "local");
        config.put("local.root", root.resolve("data").toString());
        config.put("bucket", "incoming");
        config.put("prefix.whitelist", "logs/,metrics/");
        config.put("topic", "local-records");
        config.put("poll.interval.ms", "500");

        try (TopicReader topicReader = new TopicReader(connect.kafka(), "local-records")) {
            connect.configureConnector("local", config);
            topicReader.awaitAtLeast(first.totalLines(), TIMEOUT);
            topicReader.readUntilQuiet(Duration.ofSeconds(2));
            connect.deleteConnector("local");
            connect.assertions().assertConnectorDoesNotExist("local", "the connector is deleted");

            TestData later = TestData.of(List.of("logs/", "metrics/"), 3, 2, 100);
            write(bucket, later);
            connect.configureConnector("local", config);

            TestData all = first.plus(later);
            topicReader.awaitAtLeast(all.totalLines(), TIMEOUT);
            Delivery.assertExactlyOnceInObjectOrder(topicReader.readUntilQuiet(Duration.ofSeconds(3)), all);
        }
    }

    /** Writes each file beside its place and moves it in, so that no reader ever sees half of it. */
    private static void write(Path bucket, TestData data) throws Exception {
        for (Map.Entry<String, String> object : data.objects().entrySet()) {
            Path target = bucket.resolve(object.getKey());
            Files.createDirectories(target.getParent());
            Path temporary = Files.writeString(target.resolveSibling(".writing"), object.getValue(),
                    StandardCharsets.UTF_8);
            Files.move(temporary, target);
        }
    }
}
