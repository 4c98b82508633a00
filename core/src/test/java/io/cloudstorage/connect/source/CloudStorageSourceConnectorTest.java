package io.cloudstorage.connect.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.cloudstorage.connect.source.testing.FakeConnectorContext;
import io.cloudstorage.connect.source.testing.InMemoryBucket;
import io.cloudstorage.connect.source.testing.TestConfigs;

class CloudStorageSourceConnectorTest {

    private final CloudStorageSourceConnector connector = new CloudStorageSourceConnector();
    private final FakeConnectorContext context = new FakeConnectorContext();
    private InMemoryBucket bucket;

    @BeforeEach
    void setUp() {
        bucket = InMemoryBucket.create("bucket");
        connector.initialize(context);
    }

    @AfterEach
    void stop() {
        connector.stop();
    }

    @ParameterizedTest(name = "tasks.max={0}")
    @CsvSource({"1,1", "2,2", "5,3"})
    void spreadsTheSeedsThreePrefixesOverAtMostThatManyTasks(int maxTasks, int expectedTasks) {
        connector.start(TestConfigs.connector("bucket", "logs/,metrics/,events/"));

        List<Map<String, String>> configs = connector.taskConfigs(maxTasks);

        assertThat(configs).hasSize(expectedTasks);
        List<String> assigned = configs.stream()
                .flatMap(config -> List.of(config.get("prefix.whitelist").split(",")).stream()).toList();
        assertThat(assigned).containsExactlyInAnyOrder("logs/", "metrics/", "events/");
        assertThat(configs).allSatisfy(config -> assertThat(config).containsKey("task.prefixes")
                .containsEntry("bucket", "bucket").containsEntry("topic", "records"));
    }

    @Test
    void discoveredPrefixesBecomeTheTasksWorkAndNewOnesTriggerReconfiguration() throws Exception {
        bucket.put("logs/app1/a.log", "a".getBytes(UTF_8));
        Map<String, String> props = TestConfigs.connector("bucket", "logs/");
        props.put("prefix.discovery.depth", "1");
        props.put("poll.interval.ms", "100");
        connector.start(props);
        assertThat(connector.taskConfigs(4)).hasSize(1);
        assertThat(context.metrics.value("source-partitions")).isEqualTo(1);
        assertThat(context.metrics.value("task-reconfigurations")).isEqualTo(0L);

        bucket.put("logs/app2/b.log", "b".getBytes(UTF_8));
        for (int i = 0; i < 500 && context.reconfigurations.get() == 0; i++) {
            Thread.sleep(10);
        }

        assertThat(context.reconfigurations.get()).isEqualTo(1);
        assertThat(context.metrics.value("source-partitions")).isEqualTo(2);
        assertThat(context.metrics.value("task-reconfigurations")).isEqualTo(1L);
        assertThat(connector.taskConfigs(4)).extracting(config -> config.get("task.prefixes"))
                .containsExactlyInAnyOrder("logs%2Fapp1%2F", "logs%2Fapp2%2F");
    }

    /** Pausing stops the connector, resuming starts it again, with the same context and metrics. */
    @Test
    void aConnectorStartedAgainAfterAStopPublishesItsMetricsAgain() {
        bucket.put("logs/a.log", "a".getBytes(UTF_8));
        Map<String, String> props = TestConfigs.connector("bucket", "logs/");
        connector.start(props);
        connector.stop();
        assertThat(context.metrics.names()).as("withdrawn on stop").isEmpty();

        connector.start(props);

        assertThat(context.metrics.value("source-partitions")).isEqualTo(1);
    }

    @Test
    void stoppingEndsTheMonitorThread() {
        Map<String, String> props = TestConfigs.connector("bucket", "");
        props.put("prefix.discovery.depth", "1");
        connector.start(props);
        assertThat(monitorThreads()).hasSize(1);

        connector.stop();

        assertThat(monitorThreads()).isEmpty();
    }

    @Test
    void aStaticWhitelistNeedsNoMonitorThread() {
        connector.start(TestConfigs.connector("bucket", "a/"));

        assertThat(monitorThreads()).isEmpty();
    }

    @Test
    void startingOnAMissingBucketFailsWithAClearMessage() {
        assertThatThrownBy(() -> connector.start(TestConfigs.connector("no-such-bucket", "a/")))
                .isInstanceOf(ConnectException.class).hasMessageContaining("no-such-bucket does not exist");
    }

    @Test
    void startingWithAnInvalidConfigurationNamesTheKey() {
        Map<String, String> props = TestConfigs.connector("bucket", "a/");
        props.put("topic", "");

        assertThatThrownBy(() -> connector.start(props)).isInstanceOf(ConnectException.class)
                .hasMessageContaining("topic");
    }

    @Test
    void validationChecksTheBucketLiveAndReportsAgainstTheKeyToChange() {
        Map<String, ConfigValue> missing = validate(TestConfigs.connector("no-such-bucket", "a/"));
        Map<String, String> deniedProps = TestConfigs.connector("bucket", "a/");
        deniedProps.putAll(Map.of("memory.access.key", "denied", "memory.secret.key", "s"));
        Map<String, ConfigValue> denied = validate(deniedProps);
        Map<String, ConfigValue> fine = validate(TestConfigs.connector("bucket", "a/"));

        assertThat(missing.get("bucket").errorMessages()).singleElement().asString().contains("does not exist");
        assertThat(denied.get("memory.access.key").errorMessages()).singleElement().asString().contains("denied");
        assertThat(fine.values()).allSatisfy(value -> assertThat(value.errorMessages()).as(value.name()).isEmpty());
    }

    @Test
    void validationBlamesAMissingMoveTargetBucketOnTheKeyThatNamesIt() {
        InMemoryBucket.create("archive");
        Map<String, String> props = TestConfigs.connector("bucket", "a/");
        props.put("after.read", "move");
        props.put("after.read.move.prefix", "done/");
        props.put("after.read.move.bucket", "no-such-archive");
        Map<String, ConfigValue> missing = validate(props);
        props.put("after.read.move.bucket", "archive");
        Map<String, ConfigValue> fine = validate(props);

        assertThat(missing.get("after.read.move.bucket").errorMessages()).singleElement().asString()
                .contains("no-such-archive", "does not exist", "moved");
        assertThat(missing.get("bucket").errorMessages()).isEmpty();
        assertThat(fine.values()).allSatisfy(value -> assertThat(value.errorMessages()).as(value.name()).isEmpty());
    }

    @Test
    void validationReportsPluginRulesAndSkipsLiveChecksWhenStorageKeysAreWrong() {
        Map<String, String> props = TestConfigs.connector("no-such-bucket", "a/");
        props.put("memory.access.key", "only-half");

        Map<String, ConfigValue> values = validate(props);

        assertThat(values.get("memory.secret.key").errorMessages()).singleElement().asString()
                .contains("together");
        assertThat(values.get("bucket").errorMessages()).isEmpty();
    }

    @Test
    void supportsExactlyOnceDelivery() {
        assertThat(connector.exactlyOnceSupport(TestConfigs.connector("bucket", "logs/")))
                .isEqualTo(ExactlyOnceSupport.SUPPORTED);
    }

    @Test
    void acceptsOffsetsItCanResumeFromAndResetsToReadAPrefixAgain() {
        Map<String, String> config = TestConfigs.connector("bucket", "logs/");
        Map<String, Object> partition = Map.of("bucket", "bucket", "prefix", "logs/");
        Map<String, Object> offset = Map.of("v", 1, "key", "logs/2026-11-27/", "etag", "", "records", 0,
                "seek", 0, "skip", 0, "complete", true);
        Map<Map<String, ?>, Map<String, ?>> offsets = new HashMap<>();
        offsets.put(partition, offset);
        offsets.put(Map.of("bucket", "bucket", "prefix", "metrics/"), null);

        assertThat(connector.alterOffsets(config, offsets)).isTrue();
    }

    @Test
    void rejectsOffsetsItCouldNotResumeFromWithTheExpectedShape() {
        Map<String, String> config = TestConfigs.connector("bucket", "logs/");
        Map<String, Object> offset = Map.of("v", 1, "key", "other/x", "etag", "", "records", 0, "seek", 0,
                "skip", 0, "complete", true);

        assertThatThrownBy(() -> connector.alterOffsets(config, Map.of(Map.of("bucket", "elsewhere", "prefix",
                "logs/"), offset))).isInstanceOf(ConnectException.class).hasMessageContaining("bucket 'elsewhere'")
                .hasMessageContaining("{\"bucket\": ..., \"prefix\": ...}");
        assertThatThrownBy(() -> connector.alterOffsets(config, Map.of(Map.of("bucket", "bucket", "prefix",
                "logs/"), offset))).isInstanceOf(ConnectException.class).hasMessageContaining("'other/x'");
        assertThatThrownBy(() -> connector.alterOffsets(config, Map.of(Map.of("bucket", "bucket", "prefix",
                "logs/"), Map.of("v", 1, "key", "logs/x")))).isInstanceOf(ConnectException.class)
                .hasMessageContaining("'records'");
    }

    @Test
    void reportsItsBuildVersion() {
        assertThat(connector.version()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(new CloudStorageSourceTask().version()).isEqualTo(connector.version());
    }

    private Map<String, ConfigValue> validate(Map<String, String> props) {
        return connector.validate(props).configValues().stream()
                .collect(Collectors.toMap(ConfigValue::name, Function.identity()));
    }

    private static List<Thread> monitorThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("cloud-storage-source-monitor-") && thread.isAlive())
                .toList();
    }
}
