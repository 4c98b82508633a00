package io.cloudstorage.connect.it;

import static org.apache.kafka.test.TestUtils.waitForCondition;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.apache.kafka.connect.runtime.rest.entities.ConfigInfo;
import org.apache.kafka.connect.runtime.rest.entities.ConfigInfos;
import org.apache.kafka.connect.runtime.rest.entities.ConfigValueInfo;
import org.apache.kafka.connect.runtime.rest.entities.TaskInfo;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The packaged connector on a distributed Connect cluster of two workers and one KRaft broker, reading a real S3
 * server: what a user does with it through the REST API, and what arrives in Kafka.
 */
class DistributedConnectorIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final List<String> SEED_PREFIXES = List.of("logs/", "metrics/", "events/");

    @RegisterExtension
    static final SharedCluster CLUSTER = new SharedCluster("distributed", 2);

    private static S3Fixture s3() {
        return CLUSTER.s3();
    }

    private static EmbeddedConnectCluster connect() {
        return CLUSTER.connect();
    }

    @ParameterizedTest(name = "tasks.max={0}")
    @CsvSource({"2,2", "5,3"})
    void theSeedsThreePrefixesArriveCompletelyOnceAndInObjectOrder(int maxTasks, int expectedTasks)
            throws Exception {
        String bucket = s3().createBucket();
        TestData data = TestData.of(SEED_PREFIXES, 4, 250);
        s3().put(bucket, data);
        s3().put(bucket, TestData.of(List.of("elsewhere/"), 1, 5));
        String name = "seed-" + maxTasks;
        String topic = createTopic(name);
        Map<String, String> config = s3().connectorConfig(name, bucket, String.join(",", SEED_PREFIXES), topic);
        config.put("tasks.max", String.valueOf(maxTasks));

        connect().configureConnector(name, config);
        connect().assertions().assertConnectorAndExactlyNumTasksAreRunning(name, expectedTasks,
                "the connector runs min(prefixes, tasks.max) tasks");

        try (TopicReader topicReader = new TopicReader(connect().kafka(), topic)) {
            topicReader.awaitAtLeast(data.totalLines(), TIMEOUT);
            List<TopicReader.Line> lines = topicReader.readUntilQuiet(Duration.ofSeconds(3));
            Delivery.assertExactlyOnceInObjectOrder(lines, data);
            Delivery.assertKeyedByObject(lines);
            assertThat(lines.get(0).headers()).containsEntry("storage.bucket", bucket)
                    .containsKeys("storage.key", "storage.etag", "storage.record.number");
        }
        List<String> prefixesPerTask = connect().taskConfigs(name).stream()
                .map(task -> task.config().get("prefix.whitelist")).toList();
        assertThat(prefixesPerTask).hasSize(expectedTasks);
        assertThat(String.join(",", prefixesPerTask).split(",")).containsExactlyInAnyOrderElementsOf(SEED_PREFIXES);
        connect().deleteConnector(name);
    }

    @Test
    void stoppingAndResumingOrRecreatingTheConnectorMidStreamLosesAndRepeatsNothing() throws Exception {
        String bucket = s3().createBucket();
        TestData data = TestData.of(SEED_PREFIXES, 12, 5_000);
        s3().put(bucket, data);
        String name = "restarts";
        String topic = createTopic(name);
        Map<String, String> config = s3().connectorConfig(name, bucket, String.join(",", SEED_PREFIXES), topic);
        config.put("tasks.max", "3");
        config.put("batch.max.records", "500");

        try (TopicReader topicReader = new TopicReader(connect().kafka(), topic)) {
            connect().configureConnector(name, config);
            int atStop = topicReader.awaitAtLeast(1, TIMEOUT).size();
            connect().stopConnector(name);
            connect().assertions().assertConnectorIsStopped(name, "the connector stops on request");
            int stopped = topicReader.readUntilQuiet(Duration.ofSeconds(2)).size();
            assertThat(stopped).as("stopped mid-stream (seen %d records when stopping)", atStop)
                    .isLessThan(data.totalLines());

            connect().resumeConnector(name);
            connect().assertions().assertConnectorAndExactlyNumTasksAreRunning(name, 3, "the connector resumes");
            topicReader.awaitAtLeast(stopped + 1, TIMEOUT);
            connect().deleteConnector(name);
            connect().assertions().assertConnectorDoesNotExist(name, "the connector is deleted");
            int deleted = topicReader.readUntilQuiet(Duration.ofSeconds(2)).size();
            assertThat(deleted).as("deleted mid-stream").isLessThan(data.totalLines());

            connect().configureConnector(name, config);
            topicReader.awaitAtLeast(data.totalLines(), TIMEOUT);
            Delivery.assertExactlyOnceInObjectOrder(topicReader.readUntilQuiet(Duration.ofSeconds(3)), data);
        }
        connect().deleteConnector(name);
    }

    /** Both workers run in this JVM, so their JMX reporters publish into its platform MBean server. */
    @Test
    void theConnectorAndItsTasksPublishTheirMetricsThroughTheWorkersJmxReporter() throws Exception {
        String bucket = s3().createBucket();
        TestData data = TestData.of(List.of("logs/", "metrics/"), 3, 40);
        s3().put(bucket, data);
        String name = "metrics";
        String topic = createTopic(name);
        Map<String, String> config = s3().connectorConfig(name, bucket, "logs/,metrics/", topic);
        config.put("tasks.max", "2");

        try (TopicReader topicReader = new TopicReader(connect().kafka(), topic)) {
            connect().configureConnector(name, config);
            topicReader.awaitAtLeast(data.totalLines(), TIMEOUT);
        }

        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName connectorMetrics = new ObjectName("kafka.connect:type=plugins,connector=" + name);
        ObjectName taskMetrics = new ObjectName("kafka.connect:type=plugins,connector=" + name + ",task=*");
        Set<ObjectName> published = server.queryNames(new ObjectName("kafka.connect:connector=" + name + ",*"), null);
        assertThat(server.isRegistered(connectorMetrics)).as("connector metrics among %s", published).isTrue();
        assertThat(server.getAttribute(connectorMetrics, "source-partitions")).isEqualTo(2);
        Set<ObjectName> tasks = server.queryNames(taskMetrics, null);
        assertThat(tasks).as("task metrics among %s", published).hasSize(2);
        waitForCondition(() -> sum(server, tasks, "records-produced") == data.totalLines(), TIMEOUT.toMillis(),
                () -> "records-produced over the tasks: " + sum(server, tasks, "records-produced"));
        for (ObjectName task : tasks) {
            assertThat(server.getAttribute(task, "objects-completed")).as("%s", task).isEqualTo(3L);
            assertThat(server.getAttribute(task, "lag-objects")).as("%s", task).isEqualTo(0L);
            assertThat((Long) server.getAttribute(task, "list-requests")).as("%s", task).isPositive();
        }

        connect().deleteConnector(name);
        connect().assertions().assertConnectorDoesNotExist(name, "deleted");
        ObjectName anyOfIts = new ObjectName("kafka.connect:type=plugins,connector=" + name + ",*");
        waitForCondition(() -> server.queryNames(anyOfIts, null).isEmpty(), TIMEOUT.toMillis(),
                () -> "still published after the connector was deleted: " + server.queryNames(anyOfIts, null));
    }

    private static long sum(MBeanServer server, Set<ObjectName> tasks, String attribute) {
        long sum = 0;
        for (ObjectName task : tasks) {
            try {
                sum += (Long) server.getAttribute(task, attribute);
            } catch (JMException e) {
                throw new AssertionError("Cannot read " + attribute + " of " + task, e);
            }
        }
        return sum;
    }

    @Test
    void newObjectsAndNewPrefixesArePickedUpWithoutTouchingTheConnector() throws Exception {
        String bucket = s3().createBucket();
        TestData first = TestData.of(List.of("apps/web/"), 2, 100);
        s3().put(bucket, first);
        String name = "discovery";
        String topic = createTopic(name);
        Map<String, String> config = s3().connectorConfig(name, bucket, "apps/", topic);
        config.put("prefix.discovery.depth", "1");
        config.put("tasks.max", "4");
        connect().configureConnector(name, config);
        connect().assertions().assertConnectorAndExactlyNumTasksAreRunning(name, 1, "one discovered prefix");

        try (TopicReader topicReader = new TopicReader(connect().kafka(), topic)) {
            topicReader.awaitAtLeast(first.totalLines(), TIMEOUT);
            TestData later = TestData.of(List.of("apps/web/"), 2, 1, 50)
                    .plus(TestData.of(List.of("apps/billing/", "apps/search/"), 2, 100));
            s3().put(bucket, later);

            TestData all = first.plus(later);
            topicReader.awaitAtLeast(all.totalLines(), TIMEOUT);
            Delivery.assertExactlyOnceInObjectOrder(topicReader.readUntilQuiet(Duration.ofSeconds(3)), all);
        }
        connect().assertions().assertConnectorAndExactlyNumTasksAreRunning(name, 3, "one task per discovered prefix");
        assertThat(connect().taskConfigs(name)).extracting(TaskInfo::config)
                .extracting(task -> task.get("task.prefixes"))
                .containsExactlyInAnyOrder("apps%2Fbilling%2F", "apps%2Fsearch%2F", "apps%2Fweb%2F");
        connect().deleteConnector(name);
    }

    @Test
    void offsetsCanBeMovedToReplayFromAKeyOrResetToReadEverythingAgain() throws Exception {
        String bucket = s3().createBucket();
        TestData data = TestData.of(List.of("logs/"), 4, 10);
        s3().put(bucket, data);
        String name = "offsets";
        String topic = createTopic(name);
        Map<String, String> config = s3().connectorConfig(name, bucket, "logs/", topic);

        try (TopicReader topicReader = new TopicReader(connect().kafka(), topic)) {
            connect().configureConnector(name, config);
            topicReader.awaitAtLeast(40, TIMEOUT);
            connect().stopConnector(name);
            connect().assertions().assertConnectorIsStopped(name, "stopped to change its offsets");

            Map<String, Object> partition = Map.of("bucket", bucket, "prefix", "logs/");
            connect().alterSourceConnectorOffset(name, partition, Map.of("v", 1, "key", "logs/object-0001.txt",
                    "etag", "", "records", 0, "seek", 0, "skip", 0, "complete", true));
            connect().resumeConnector(name);
            topicReader.awaitAtLeast(60, TIMEOUT);
            assertThat(topicReader.readUntilQuiet(Duration.ofSeconds(3)).subList(40, 60))
                    .extracting(TopicReader.Line::objectKey).containsOnly("logs/object-0002.txt",
                            "logs/object-0003.txt");

            connect().stopConnector(name);
            connect().assertions().assertConnectorIsStopped(name, "stopped to reset its offsets");
            connect().resetConnectorOffsets(name);
            connect().resumeConnector(name);
            topicReader.awaitAtLeast(100, TIMEOUT);
            assertThat(topicReader.readUntilQuiet(Duration.ofSeconds(3))).hasSize(100);
        }
        connect().deleteConnector(name);
    }

    @Test
    void configValidationReportsEachProblemAgainstItsKey() {
        String bucket = s3().createBucket();
        Map<String, String> config = s3().connectorConfig("invalid", "no-such-bucket", "logs/,logs/app/", "bad topic");
        config.put("object.key.regex", "(unclosed");
        config.put("format", "xml");

        Map<String, List<String>> errors = validate(config);

        assertThat(errors.get("prefix.whitelist")).singleElement().asString().contains("overlaps");
        assertThat(errors.get("topic")).singleElement().asString().contains("topic name");
        assertThat(errors.get("object.key.regex")).singleElement().asString().contains("regular expression");
        assertThat(errors.get("format")).singleElement().asString().contains("lines");

        Map<String, String> missingBucket = s3().connectorConfig("invalid", "no-such-bucket", "logs/", "records");
        assertThat(validate(missingBucket).get("bucket")).singleElement().asString()
                .contains("NoSuchBucket").contains("no-such-bucket");

        Map<String, String> wrongSecret = s3().connectorConfig("invalid", bucket, "logs/", "records");
        wrongSecret.put("s3.secret.access.key", "wrong");
        assertThat(validate(wrongSecret).get("s3.secret.access.key")).singleElement().asString()
                .contains("SignatureDoesNotMatch");

        Map<String, String> halfKeys = s3().connectorConfig("invalid", bucket, "logs/", "records");
        halfKeys.remove("s3.secret.access.key");
        assertThat(validate(halfKeys).get("s3.secret.access.key")).singleElement().asString()
                .contains("together");

        assertThat(validate(s3().connectorConfig("valid", bucket, "logs/", "records")).values())
                .allSatisfy(keyErrors -> assertThat(keyErrors).isEmpty());
    }

    private Map<String, List<String>> validate(Map<String, String> config) {
        ConfigInfos infos = connect().validateConnectorConfig("CloudStorageSourceConnector", config);
        return infos.configs().stream().map(ConfigInfo::configValue)
                .collect(Collectors.toMap(ConfigValueInfo::name, ConfigValueInfo::errors));
    }

    private static String createTopic(String name) {
        String topic = name + "-records";
        connect().kafka().createTopic(topic, 3);
        return topic;
    }

    /**
     * Credentials given through a worker's config provider: the connector reads with them, and neither the
     * connector's nor its tasks' stored configurations, as the REST API shows them, hold the secret itself.
     */
    @Test
    void credentialsFromAFileProviderAreUsedButNeverStored(@TempDir Path secretsFolder) throws Exception {
        String bucket = s3().createBucket();
        s3().put(bucket, "logs/1.log", "one\ntwo\n");
        Map<String, String> config = s3().connectorConfig("secret", bucket, "logs/", "secret-records");
        String accessKey = config.get("s3.access.key.id");
        String secretKey = config.get("s3.secret.access.key");
        Path secrets = secretsFolder.resolve("s3-credentials.properties");
        Files.writeString(secrets, "id=" + accessKey + "\nsecret=" + secretKey + "\n");
        String idReference = "${file:" + secrets + ":id}";
        String secretReference = "${file:" + secrets + ":secret}";
        config.put("s3.access.key.id", idReference);
        config.put("s3.secret.access.key", secretReference);
        connect().kafka().createTopic("secret-records", 1);

        try (TopicReader records = new TopicReader(connect().kafka(), "secret-records")) {
            connect().configureConnector("secret", config);
            assertThat(records.awaitAtLeast(2, TIMEOUT)).extracting(TopicReader.Line::value)
                    .containsExactly("one", "two");
        }

        assertThat(connect().connectorInfo("secret").config()).containsEntry("s3.secret.access.key", secretReference)
                .containsEntry("s3.access.key.id", idReference);
        assertThat(connect().taskConfigs("secret")).isNotEmpty().allSatisfy((TaskInfo task) ->
                assertThat(task.config()).containsEntry("s3.secret.access.key", secretReference)
                        .doesNotContainValue(secretKey));
        connect().deleteConnector("secret");
    }
}
