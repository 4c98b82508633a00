package io.cloudstorage.connect.it;

import static io.cloudstorage.connect.locals3.proxy.RequestMatcher.anyRequest;
import static io.cloudstorage.connect.locals3.proxy.RequestMatcher.listings;
import static io.cloudstorage.connect.locals3.proxy.RequestMatcher.objectReads;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.cloudstorage.connect.locals3.proxy.Fault;
import io.cloudstorage.connect.locals3.proxy.FaultInjectingProxy;
import io.cloudstorage.connect.locals3.proxy.FaultRule;
import io.cloudstorage.connect.locals3.proxy.ProxiedRequest;

/**
 * The packaged connector reading S3 through a proxy that breaks the server's answers the ways servers and networks
 * do: throttling and server errors, connections reset or closed in the middle of a body, stalled reads, and
 * credentials that lose their permissions. What may heal is retried without losing or repeating a line; what will
 * not fails the task with a message that says what to fix.
 */
class StorageFaultsIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    /** Where a large object's body is cut: well inside it, well past what one read of the client buffers. */
    private static final long CUT = 1_000_000;
    private static final int LARGE_OBJECT_LINES = 60_000;
    /** How many times the S3 backend lets the AWS SDK try a request before the connector backs off itself. */
    private static final int SDK_ATTEMPTS = 2;

    @RegisterExtension
    static final SharedCluster CLUSTER = new SharedCluster("faults", 1);

    private static FaultInjectingProxy proxy;

    @BeforeAll
    static void startProxy() throws IOException {
        proxy = FaultInjectingProxy.start(s3().endpoint());
    }

    @AfterEach
    void clearFaults() {
        proxy.clearFaults();
    }

    @AfterAll
    static void stopProxy() throws IOException {
        if (proxy != null) {
            proxy.close();
        }
    }

    private static S3Fixture s3() {
        return CLUSTER.s3();
    }

    private static EmbeddedConnectCluster connect() {
        return CLUSTER.connect();
    }

    @Test
    void throttledAndFailingListingsDelayNewObjectsWhileTheTaskRunsAndNoLineIsLostOrRepeated() throws Exception {
        String bucket = s3().createBucket();
        TestData first = TestData.of(List.of("logs/"), 2, 50);
        s3().put(bucket, first);
        String name = "failing-listings";
        String topic = createTopic(name);
        connect().configureConnector(name, connectorConfig(name, bucket, "logs/", topic));

        try (TopicReader topicReader = new TopicReader(connect().kafka(), topic)) {
            topicReader.awaitAtLeast(first.totalLines(), TIMEOUT);
            FaultRule serverErrors = proxy.faultNext(4, listings().inBucket(bucket), Fault.internalError());
            FaultRule throttling = proxy.faultUntilCleared(listings().inBucket(bucket), Fault.slowDown());
            TestData later = TestData.of(List.of("logs/"), 2, 3, 50);
            s3().put(bucket, later);

            awaitTaskRetries(throttling);
            assertThat(serverErrors.applied()).isEqualTo(4);
            connect().assertions().assertConnectorAndExactlyNumTasksAreRunning(name, 1,
                    "the task keeps running while listings fail");
            assertThat(topicReader.readUntilQuiet(Duration.ofSeconds(1))).as("records while listings fail")
                    .hasSize(first.totalLines());

            throttling.clear();
            TestData all = first.plus(later);
            topicReader.awaitAtLeast(all.totalLines(), TIMEOUT);
            Delivery.assertExactlyOnceInObjectOrder(topicReader.readUntilQuiet(Duration.ofSeconds(3)), all);
        }
        connect().deleteConnector(name);
    }

    @Test
    void objectsWhoseReadsAreThrottledOrFailHoldBackOnlyTheirOwnPartitionAndNoLineIsLostOrRepeated()
            throws Exception {
        String bucket = s3().createBucket();
        TestData data = TestData.of(List.of("logs/", "metrics/"), 4, 200);
        s3().put(bucket, data);
        FaultRule throttled = proxy.faultUntilCleared(
                objectReads().inBucket(bucket).withKey(Pattern.quote("logs/object-0002.txt")), Fault.slowDown());
        FaultRule failing = proxy.faultUntilCleared(
                objectReads().inBucket(bucket).withKey(Pattern.quote("metrics/object-0001.txt")),
                Fault.internalError());
        String name = "failing-reads";
        String topic = createTopic(name);
        Map<String, String> config = connectorConfig(name, bucket, "logs/,metrics/", topic);
        config.put("tasks.max", "1");

        try (TopicReader topicReader = new TopicReader(connect().kafka(), topic)) {
            connect().configureConnector(name, config);
            TestData beforeTheFaults = TestData.of(List.of("logs/"), 2, 200)
                    .plus(TestData.of(List.of("metrics/"), 1, 200));
            topicReader.awaitAtLeast(beforeTheFaults.totalLines(), TIMEOUT);
            awaitTaskRetries(throttled);
            awaitTaskRetries(failing);
            connect().assertions().assertConnectorAndExactlyNumTasksAreRunning(name, 1,
                    "the task keeps running while two objects cannot be read");
            Delivery.assertExactlyOnceInObjectOrder(topicReader.readUntilQuiet(Duration.ofSeconds(1)),
                    beforeTheFaults);

            proxy.clearFaults();
            topicReader.awaitAtLeast(data.totalLines(), TIMEOUT);
            Delivery.assertExactlyOnceInObjectOrder(topicReader.readUntilQuiet(Duration.ofSeconds(3)), data);
        }
        connect().deleteConnector(name);
    }

    static Stream<Fault.BodyFault> bodiesCutShort() {
        return Stream.of(Fault.resetAfter(CUT), Fault.truncateAfter(CUT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodiesCutShort")
    void aLargeObjectCutShortIsReadOnFromTheLineAfterTheLastOneHandedOut(Fault.BodyFault fault) throws Exception {
        readLargeObjectThrough(fault, "cut-" + fault.ending().name().toLowerCase(), Map.of());
    }

    /** The key {@code s3.socket.timeout.ms} bounds how long a read waits for bytes that do not come. */
    @Test
    void aStalledReadOfALargeObjectIsGivenUpAtTheSocketTimeoutAndReadOnFromTheLineAfterTheLastOneHandedOut()
            throws Exception {
        readLargeObjectThrough(Fault.stallAfter(CUT), "stalled", Map.of("s3.socket.timeout.ms", "2000"));
    }

    /**
     * A large object read in ranges fetched side by side, one of them reset on its way: every line arrives once, in
     * order, and every read of the object is a ranged GET of at most one range.
     */
    @Test
    void aLargeObjectReadInRangesWithOneRangeCutShortArrivesWholeAndInOrder() throws Exception {
        String bucket = s3().createBucket();
        TestData data = TestData.of(List.of("large/"), 1, LARGE_OBJECT_LINES);
        String key = data.keys().get(0);
        int rangeBytes = 256 * 1024;
        assertThat((long) data.objects().get(key).length()).as("size of %s", key).isGreaterThan(8L * rangeBytes);
        s3().put(bucket, data);
        proxy.faultNext(1, objectReads().inBucket(bucket).withRangeFrom(3L * rangeBytes), Fault.resetAfter(1000));
        String name = "ranges";
        String topic = createTopic(name);
        Map<String, String> config = connectorConfig(name, bucket, "large/", topic);
        config.put("read.ahead.ranges", "3");
        config.put("read.ahead.range.bytes", Integer.toString(rangeBytes));

        try (TopicReader topicReader = new TopicReader(connect().kafka(), topic)) {
            connect().configureConnector(name, config);
            topicReader.awaitAtLeast(data.totalLines(), TIMEOUT);
            Delivery.assertExactlyOnceInObjectOrder(topicReader.readUntilQuiet(Duration.ofSeconds(3)), data);
        }

        List<ProxiedRequest> reads = proxy.requests().stream()
                .filter(request -> request.bucket().equals(bucket) && request.key().equals(key))
                .toList();
        assertThat(reads).as("reads of %s", key).hasSizeGreaterThan(8)
                .anySatisfy(read -> assertThat(read.faultInjected()).isTrue())
                .allSatisfy(read -> assertThat(rangeLength(read)).as("%s", read).isBetween(1L, (long) rangeBytes));
        connect().deleteConnector(name);
    }

    private static long rangeLength(ProxiedRequest read) {
        String[] bounds = read.range().orElseThrow(() -> new AssertionError("Not a ranged read: " + read))
                .substring("bytes=".length()).split("-");
        return Long.parseLong(bounds[1]) - Long.parseLong(bounds[0]) + 1;
    }

    @Test
    void revokedCredentialsFailTheTaskWithAMessageNamingTheBucketAndThePermissionsNeeded() throws Exception {
        String bucket = s3().createBucket();
        TestData data = TestData.of(List.of("logs/"), 2, 20);
        s3().put(bucket, data);
        String name = "revoked";
        String topic = createTopic(name);
        connect().configureConnector(name, connectorConfig(name, bucket, "logs/", topic));

        try (TopicReader topicReader = new TopicReader(connect().kafka(), topic)) {
            topicReader.awaitAtLeast(data.totalLines(), TIMEOUT);
            proxy.faultUntilCleared(anyRequest().inBucket(bucket), Fault.accessDenied());

            ConnectorStateInfo.TaskState failed = TaskFailures.awaitFailedTask(connect(), name, TIMEOUT);

            assertThat(failed.trace()).contains("s3://" + bucket + "/logs/", "AccessDenied", "HTTP 403",
                    "s3:ListBucket", "s3.access.key.id");
            Delivery.assertExactlyOnceInObjectOrder(topicReader.readUntilQuiet(Duration.ofSeconds(1)), data);
        }
        connect().deleteConnector(name);
    }

    /**
     * Reads one large object whose first read suffers {@code fault} in the middle of the body: every line must
     * arrive once, and the object must be opened again with a ranged read that starts after a whole line, within
     * what was received before the fault.
     */
    private void readLargeObjectThrough(Fault.BodyFault fault, String name, Map<String, String> extraConfig)
            throws Exception {
        String bucket = s3().createBucket();
        TestData data = TestData.of(List.of("large/"), 1, LARGE_OBJECT_LINES);
        String key = data.keys().get(0);
        String content = data.objects().get(key);
        assertThat((long) content.length()).as("size of %s", key).isGreaterThan(2 * CUT);
        s3().put(bucket, data);
        proxy.faultNext(1, objectReads().inBucket(bucket), fault);
        String topic = createTopic(name);
        Map<String, String> config = connectorConfig(name, bucket, "large/", topic);
        config.putAll(extraConfig);

        try (TopicReader topicReader = new TopicReader(connect().kafka(), topic)) {
            connect().configureConnector(name, config);
            topicReader.awaitAtLeast(data.totalLines(), TIMEOUT);
            Delivery.assertExactlyOnceInObjectOrder(topicReader.readUntilQuiet(Duration.ofSeconds(3)), data);
        }

        List<ProxiedRequest> reads = proxy.requests().stream()
                .filter(request -> request.bucket().equals(bucket) && request.method().equals("GET")
                        && request.key().equals(key))
                .toList();
        assertThat(reads).as("reads of %s", key).hasSize(2);
        assertThat(reads.get(0).faultInjected()).as("first read faulted: %s", reads.get(0)).isTrue();
        assertThat(reads.get(0).range()).as("first read").isEmpty();
        long resumedAt = reads.get(1).rangeStart().orElseThrow(
                () -> new AssertionError("The object was read again from its start: " + reads.get(1)));
        assertThat(resumedAt).as("where the second read starts").isBetween(1L, CUT);
        assertThat(content.charAt((int) resumedAt - 1)).as("the byte before the second read's start")
                .isEqualTo('\n');
        connect().deleteConnector(name);
    }

    private static Map<String, String> connectorConfig(String name, String bucket, String prefixes, String topic) {
        Map<String, String> config = s3().connectorConfig(name, bucket, prefixes, topic);
        config.put("s3.endpoint", proxy.endpoint().toString());
        config.put("retry.backoff.ms", "200");
        config.put("retry.backoff.max.ms", "2000");
        return config;
    }

    /**
     * Waits until {@code rule} has failed enough requests that the connector's own retries, not only the SDK's,
     * were needed: the SDK tries each request at most {@value #SDK_ATTEMPTS} times, so this many failures in a row
     * mean that the task's read failed twice and that it tried again after each failure.
     */
    private static void awaitTaskRetries(FaultRule rule) throws InterruptedException {
        int times = 2 * SDK_ATTEMPTS + 1;
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (rule.applied() < times) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(rule + " was applied " + rule.applied() + " times, not " + times
                        + ", within " + TIMEOUT.toSeconds() + " s");
            }
            Thread.sleep(100);
        }
    }

    private static String createTopic(String name) {
        String topic = name + "-records";
        connect().kafka().createTopic(topic, 1);
        return topic;
    }
}
