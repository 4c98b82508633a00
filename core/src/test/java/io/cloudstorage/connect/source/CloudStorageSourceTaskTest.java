package io.cloudstorage.connect.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.TransactionContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.source.config.CloudStorageSourceConfig;
import io.cloudstorage.connect.source.config.SourceTaskConfig;
import io.cloudstorage.connect.source.offset.OffsetCodec;
import io.cloudstorage.connect.source.offset.SourcePartition;
import io.cloudstorage.connect.source.testing.FakeOffsetStore;
import io.cloudstorage.connect.source.testing.Gzip;
import io.cloudstorage.connect.source.testing.InMemoryBucket;
import io.cloudstorage.connect.source.testing.RecordingTransactions;
import io.cloudstorage.connect.source.testing.TestConfigs;

class CloudStorageSourceTaskTest {

    private final FakeOffsetStore offsets = new FakeOffsetStore();
    private Map<String, String> taskConfig;

    @BeforeEach
    void setUp() {
        InMemoryBucket bucket = InMemoryBucket.create("bucket");
        for (int i = 1; i <= 3; i++) {
            bucket.put("a/" + i + ".txt", ("a" + i + "-1\na" + i + "-2\n").getBytes(UTF_8));
        }
        Map<String, String> props = TestConfigs.connector("bucket", "a/,b/");
        props.put("batch.max.records", "2");
        taskConfig = SourceTaskConfig.forTask(new CloudStorageSourceConfig(props), 0, List.of("a/"));
    }

    @Test
    void aRestartedTaskResumesFromItsCommittedOffsetWithNothingRepeatedOrSkipped() throws Exception {
        List<SourceRecord> first = pollAndStop(2);
        List<SourceRecord> second = pollAndStop(10);

        List<Object> values = new ArrayList<>();
        first.forEach(record -> values.add(record.value()));
        second.forEach(record -> values.add(record.value()));
        assertThat(values).containsExactly("a1-1", "a1-2", "a2-1", "a2-2", "a3-1", "a3-2");
    }

    @Test
    void anOffsetThisConnectorCannotReadFailsTheStartWithWhatToDo() {
        offsets.put(OffsetCodec.toMap(new SourcePartition("bucket", "a/")), Map.of("v", 9L));
        CloudStorageSourceTask task = new CloudStorageSourceTask();
        task.initialize(offsets.context(taskConfig));

        assertThatThrownBy(() -> task.start(taskConfig)).isInstanceOf(ConnectException.class)
                .hasMessageContaining("bucket/a/").hasMessageContaining("version 9")
                .hasMessageContaining("/offsets");
    }

    @Test
    void withConnectorDefinedBoundariesATransactionEndsAfterEachObjectAndWhenNothingIsLeftToRead() throws Exception {
        RecordingTransactions transactions = new RecordingTransactions();

        pollAllAndStop(taskConfig, transactions);

        assertThat(transactions.boundaries()).containsExactly("a1-2", "a2-2", "a3-2");
    }

    @Test
    void aLargeObjectIsSplitIntoTransactionsOfAtMostTheConfiguredRecords() throws Exception {
        InMemoryBucket bucket = InMemoryBucket.create("large");
        bucket.put("a/big.txt", "1\n2\n3\n4\n5\n".getBytes(UTF_8));
        Map<String, String> props = TestConfigs.connector("large", "a/");
        props.put("transaction.max.records", "2");
        RecordingTransactions transactions = new RecordingTransactions();

        pollAllAndStop(taskConfig(props, "a/"), transactions);

        assertThat(transactions.boundaries()).containsExactly("2", "4", "5");
    }

    @Test
    void anObjectWhoseLastRecordIsSkippedEndsItsTransactionWhenNothingIsLeftToRead() throws Exception {
        InMemoryBucket bucket = InMemoryBucket.create("skipped");
        bucket.put("a/1.txt", "x=1\ny=2\nbad\n".getBytes(UTF_8));
        Map<String, String> props = TestConfigs.connector("skipped", "a/");
        props.put("format", "fields");
        props.put("errors.policy", "skip");
        RecordingTransactions transactions = new RecordingTransactions();

        List<SourceRecord> polled = pollAllAndStop(taskConfig(props, "a/"), transactions);

        assertThat(polled).hasSize(2);
        assertThat(transactions.boundaries()).containsExactly(RecordingTransactions.AFTER_BATCH);
    }

    @Test
    void withAfterReadDeleteAnObjectIsDeletedOnceAllItsRecordsWereAcknowledged() throws Exception {
        InMemoryBucket bucket = InMemoryBucket.create("deleted");
        bucket.put("a/1.txt", "1\n2\n".getBytes(UTF_8));
        bucket.put("a/2.txt", "3\n4\n".getBytes(UTF_8));
        Map<String, String> props = TestConfigs.connector("deleted", "a/");
        props.put("after.read", "delete");
        CloudStorageSourceTask task = startedTask(taskConfig(props, "a/"), null);
        try {
            List<SourceRecord> polled = pollUntilIdle(task);
            assertThat(polled).hasSize(4);
            polled.subList(0, 3).forEach(record -> task.commitRecord(record, null));
            awaitKeys(bucket, List.of("a/2.txt"));

            task.commitRecord(polled.get(3), null);
            awaitKeys(bucket, List.of());
        } finally {
            task.stop();
        }
    }

    @Test
    void withAfterReadMoveObjectsLandUnderTheMovePrefixInPlaceOfTheirReadPrefix() throws Exception {
        InMemoryBucket bucket = InMemoryBucket.create("moved");
        bucket.put("in/2024/1.txt", "1\n".getBytes(UTF_8));
        Map<String, String> props = TestConfigs.connector("moved", "in/");
        props.put("after.read", "move");
        props.put("after.read.move.prefix", "done/");
        CloudStorageSourceTask task = startedTask(taskConfig(props, "in/"), null);
        try {
            pollUntilIdle(task).forEach(record -> task.commitRecord(record, null));
            awaitKeys(bucket, List.of("done/2024/1.txt"));
        } finally {
            task.stop();
        }
    }

    @Test
    void atStartTheAfterReadActionIsTakenAgainOnTheLastObjectReadToItsEndInCaseACrashCameBeforeIt() throws Exception {
        InMemoryBucket bucket = InMemoryBucket.create("repeated");
        bucket.put("a/1.txt", "1\n".getBytes(UTF_8));
        bucket.put("a/2.txt", "2\n".getBytes(UTF_8));
        Map<String, String> props = TestConfigs.connector("repeated", "a/");
        pollAllAndStop(taskConfig(props, "a/"), null).forEach(offsets::commit);
        props.put("after.read", "delete");

        CloudStorageSourceTask task = startedTask(taskConfig(props, "a/"), null);
        try {
            awaitKeys(bucket, List.of("a/1.txt"));
        } finally {
            task.stop();
        }
    }

    @Test
    void anObjectWhoseRestCouldNotBeReadIsNotActedOnAtStart() throws Exception {
        InMemoryBucket bucket = InMemoryBucket.create("unreadable");
        bucket.put("a/1.txt.gz", Arrays.copyOf(Gzip.of("one\ntwo\n".repeat(20_000)), 2_000));
        Map<String, String> props = TestConfigs.connector("unreadable", "a/");
        props.put("errors.policy", "dlq");
        props.put("errors.dlq.topic.name", "bad-objects");
        pollAllAndStop(taskConfig(props, "a/"), null).forEach(offsets::commit);
        props.put("after.read", "delete");

        pollAllAndStop(taskConfig(props, "a/"), null);

        assertThat(bucket.keys()).containsExactly("a/1.txt.gz");
    }

    private static Map<String, String> taskConfig(Map<String, String> connectorProps, String prefix) {
        return SourceTaskConfig.forTask(new CloudStorageSourceConfig(connectorProps), 0, List.of(prefix));
    }

    /** @param transactions the transaction context, as with transaction.boundary=connector, or null */
    private CloudStorageSourceTask startedTask(Map<String, String> config, TransactionContext transactions) {
        CloudStorageSourceTask task = new CloudStorageSourceTask();
        task.initialize(offsets.context(config, transactions));
        task.start(config);
        return task;
    }

    private List<SourceRecord> pollAllAndStop(Map<String, String> config, TransactionContext transactions)
            throws InterruptedException {
        CloudStorageSourceTask task = startedTask(config, transactions);
        try {
            return pollUntilIdle(task);
        } finally {
            task.stop();
        }
    }

    /** Waits (boundedly) for the after-read actions, which run on a thread of their own. */
    private static void awaitKeys(InMemoryBucket bucket, List<String> expected) throws InterruptedException {
        for (int i = 0; i < 200 && !bucket.keys().equals(expected); i++) {
            Thread.sleep(25);
        }
        assertThat(bucket.keys()).isEqualTo(expected);
    }

    /** Polls until two polls in a row returned nothing. */
    private static List<SourceRecord> pollUntilIdle(CloudStorageSourceTask task) throws InterruptedException {
        List<SourceRecord> polled = new ArrayList<>();
        for (int idlePolls = 0; idlePolls < 2; ) {
            List<SourceRecord> batch = task.poll();
            if (batch == null) {
                idlePolls++;
            } else {
                polled.addAll(batch);
            }
        }
        return polled;
    }

    /** Runs a task until it returned {@code records} records (committing them) or has nothing more, then stops it. */
    private List<SourceRecord> pollAndStop(int records) throws InterruptedException {
        CloudStorageSourceTask task = new CloudStorageSourceTask();
        task.initialize(offsets.context(taskConfig));
        task.start(taskConfig);
        List<SourceRecord> polled = new ArrayList<>();
        for (int idlePolls = 0; idlePolls < 2 && polled.size() < records; ) {
            List<SourceRecord> batch = task.poll();
            if (batch == null) {
                idlePolls++;
            } else {
                batch.forEach(offsets::commit);
                polled.addAll(batch);
            }
        }
        task.stop();
        return polled;
    }
}
