package io.cloudstorage.connect.source.reading;

import static io.cloudstorage.connect.source.reading.ReadingHarness.lines;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.source.testing.FakeOffsetStore;
import io.cloudstorage.connect.source.testing.InMemoryBucket;
import io.cloudstorage.connect.source.testing.TestConfigs;
import io.cloudstorage.connect.spi.storage.RetriableStorageException;
import io.cloudstorage.connect.spi.storage.StorageException;

class TaskReaderTest {

    private InMemoryBucket bucket;
    private Map<String, String> props;

    @BeforeEach
    void createBucket() {
        bucket = InMemoryBucket.create("reading");
        props = TestConfigs.connector("reading", "a/,b/");
    }

    @Test
    void readsEveryLineOfEveryObjectOnceInKeyOrderPerPartition() throws Exception {
        bucket.put("a/2.txt", lines("a2", 3));
        bucket.put("a/1.txt", lines("a1", 2));
        bucket.put("b/1.txt", lines("b1", 4));
        bucket.put("c/1.txt", lines("c1", 1));

        List<SourceRecord> records = harness().pollUntilIdle();

        assertThat(values(records, "a/")).containsExactly("a1-1", "a1-2", "a2-1", "a2-2", "a2-3");
        assertThat(values(records, "b/")).containsExactly("b1-1", "b1-2", "b1-3", "b1-4");
        assertThat(records).hasSize(9);
    }

    @Test
    void recordsCarryTheObjectKeyHeadersTimestampAndOffset() throws Exception {
        Instant modified = Instant.parse("2025-06-01T12:00:00Z");
        bucket.put("a/x.log", "first\nsecond\n".getBytes(UTF_8), modified);

        List<SourceRecord> records = harness().pollUntilIdle();

        SourceRecord last = records.get(1);
        assertThat(last.topic()).isEqualTo("records");
        assertThat(last.kafkaPartition()).isNull();
        assertThat(last.keySchema()).isEqualTo(Schema.STRING_SCHEMA);
        assertThat(last.key()).isEqualTo("a/x.log");
        assertThat(last.valueSchema()).isEqualTo(Schema.STRING_SCHEMA);
        assertThat(last.value()).isEqualTo("second");
        assertThat(last.timestamp()).isEqualTo(modified.toEpochMilli());
        assertThat(headers(last)).containsEntry("storage.bucket", "reading").containsEntry("storage.key", "a/x.log")
                .containsEntry("storage.record.number", 2L).containsKey("storage.etag");
        assertThat(last.sourcePartition()).isEqualTo(Map.of("bucket", "reading", "prefix", "a/"));
        assertThat(new java.util.HashMap<String, Object>(last.sourceOffset())).containsEntry("key", "a/x.log")
                .containsEntry("records", 2L).containsEntry("seek", 13L).containsEntry("complete", true);
        assertThat(records.get(0).sourceOffset().get("complete")).isEqualTo(false);
    }

    @Test
    void theRecordKeyCanBeTheRecordNumberOrNothingAndHeadersCanBeLeftOut() throws Exception {
        bucket.put("a/x.log", "l1\nl2\n");
        props.put("record.key", "record.number");
        props.put("record.headers.enabled", "false");

        List<SourceRecord> numbered = harness().pollUntilIdle();
        props.put("record.key", "none");
        List<SourceRecord> unkeyed = new ReadingHarness(props, new FakeOffsetStore()).pollUntilIdle();

        assertThat(numbered).extracting(SourceRecord::key).containsExactly(1L, 2L);
        assertThat(numbered.get(0).keySchema()).isEqualTo(Schema.INT64_SCHEMA);
        assertThat(numbered.get(0).headers().isEmpty()).isTrue();
        assertThat(unkeyed).extracting(SourceRecord::key).containsOnlyNulls();
    }

    @Test
    void resumingFromTheCommittedOffsetsOfAnyMomentYieldsExactlyTheRest() throws Exception {
        bucket.put("a/1.txt", lines("a1", 5));
        bucket.put("a/2.txt", "");
        bucket.put("a/3.txt", lines("a3", 3));
        bucket.put("b/1.txt", lines("b1", 7));
        props.put("batch.max.records", "1");
        List<SourceRecord> all = harness().pollUntilIdle();
        assertThat(all).hasSize(15);

        for (int stop = 0; stop <= all.size(); stop++) {
            FakeOffsetStore committed = new FakeOffsetStore();
            all.subList(0, stop).forEach(committed::commit);

            List<SourceRecord> rest = new ReadingHarness(props, committed).pollUntilIdle();

            List<String> expected = all.subList(stop, all.size()).stream().map(TaskReaderTest::id).toList();
            assertThat(rest).as("after %d committed records", stop).extracting(TaskReaderTest::id)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void resumingAfterManyFinishedObjectsListsOnlyTheNewOnes() throws Exception {
        props.put("prefix.whitelist", "a/");
        for (int i = 0; i < 20_000; i++) {
            bucket.put(String.format("a/%06d.txt", i), "x\n");
        }
        FakeOffsetStore offsets = new FakeOffsetStore();
        List<SourceRecord> first = new ReadingHarness(props, offsets).pollUntilIdle();
        assertThat(first).hasSize(20_000);

        for (int i = 20_000; i < 20_010; i++) {
            bucket.put(String.format("a/%06d.txt", i), "new\n");
        }
        long listedBefore = bucket.objectsListed();
        List<SourceRecord> second = new ReadingHarness(props, offsets).pollUntilIdle();

        assertThat(second).hasSize(10).extracting(SourceRecord::value).containsOnly("new");
        assertThat(bucket.objectsListed() - listedBefore).as("objects listed to find the new ones").isEqualTo(10);
    }

    @Test
    void aTransientListingFailureIsRetriedAfterABackoffAndSurfacedAsRetriable() throws Exception {
        bucket.put("a/1.txt", "one\n");
        props.put("prefix.whitelist", "a/");
        bucket.failNext(InMemoryBucket.Operation.LIST, () -> new RetriableStorageException("503 SlowDown", null));
        ReadingHarness harness = harness();

        assertThatThrownBy(harness::pollOnce).isInstanceOf(RetriableException.class).hasMessageContaining("SlowDown");
        List<SourceRecord> records = harness.pollUntilIdle();

        assertThat(records).extracting(SourceRecord::value).containsExactly("one");
        assertThat(harness.stopSignal.waits).as("the retry waited for the backoff").isNotEmpty();
    }

    @Test
    void aConnectionResetInsideAnObjectResumesAtTheNextRecordsByteWithoutDuplicates() throws Exception {
        props.put("prefix.whitelist", "a/");
        String text = lines("line", 50_000);
        bucket.put("a/big.txt", text);
        bucket.failNextReadAfter(300_000);
        ReadingHarness harness = harness();

        List<SourceRecord> records = new ArrayList<>();
        for (int attempt = 0; attempt < 1000 && records.size() < 50_000; attempt++) {
            try {
                records.addAll(harness.pollOnce());
            } catch (RetriableException e) {
                assertThat(e).hasRootCauseMessage("Connection reset (injected after 300000 bytes)");
            }
        }

        assertThat(records).extracting(SourceRecord::value)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 50_000).mapToObj(i -> "line-" + i).toList());
        assertThat(bucket.bytesServed()).as("bytes read, including the one read ahead")
                .isLessThan(text.length() + 64 * 1024 + 100);
    }

    @Test
    void aPartitionThatFailsBacksOffWhileTheOthersGoOn() throws Exception {
        bucket.put("a/1.txt", lines("a", 3));
        bucket.put("b/1.txt", lines("b", 3));
        for (int i = 0; i < 5; i++) {
            bucket.failNext(InMemoryBucket.Operation.LIST, () -> new RetriableStorageException("timeout", null));
        }
        ReadingHarness harness = harness();

        List<SourceRecord> records = new ArrayList<>();
        for (int attempt = 0; attempt < 50 && records.size() < 6; attempt++) {
            try {
                records.addAll(harness.pollOnce());
            } catch (RetriableException e) {
                // Reported while every partition is backing off; the reader tries again on the next poll.
            }
        }

        assertThat(records).extracting(SourceRecord::value).containsExactlyInAnyOrder("a-1", "a-2", "a-3", "b-1",
                "b-2", "b-3");
    }

    @Test
    void anObjectDeletedAfterItWasListedIsSkipped() throws Exception {
        props.put("prefix.whitelist", "a/");
        props.put("batch.max.records", "1");
        // Not fetched ahead: the change must come between listing and reading (ReadAheadTest covers the rest).
        props.put("read.ahead.objects", "0");
        bucket.put("a/1.txt", lines("one", 2));
        bucket.put("a/2.txt", lines("two", 2));
        bucket.put("a/3.txt", lines("three", 2));
        ReadingHarness harness = harness();

        List<SourceRecord> records = new ArrayList<>(harness.pollOnce());
        bucket.delete("a/2.txt");
        records.addAll(harness.pollUntilIdle());

        assertThat(records).extracting(SourceRecord::value).containsExactly("one-1", "one-2", "three-1", "three-2");
    }

    @Test
    void anObjectOverwrittenAfterItWasListedIsReadInItsNewVersion() throws Exception {
        props.put("prefix.whitelist", "a/");
        props.put("batch.max.records", "1");
        // Not fetched ahead: the change must come between listing and reading (ReadAheadTest covers the rest).
        props.put("read.ahead.objects", "0");
        bucket.put("a/1.txt", lines("one", 1));
        bucket.put("a/2.txt", lines("old", 3));
        ReadingHarness harness = harness();

        List<SourceRecord> records = new ArrayList<>(harness.pollOnce());
        bucket.put("a/2.txt", lines("new", 2));
        records.addAll(harness.pollUntilIdle());

        assertThat(records).extracting(SourceRecord::value).containsExactly("one-1", "new-1", "new-2");
    }

    @Test
    void anObjectOverwrittenWhileItIsReadIsNotMixedWithItsNewVersion() throws Exception {
        props.put("prefix.whitelist", "a/");
        props.put("batch.max.records", "1");
        bucket.put("a/1.txt", lines("old", 3));
        ReadingHarness harness = harness();
        List<SourceRecord> records = new ArrayList<>(harness.pollOnce());

        bucket.put("a/1.txt", lines("new", 2));
        records.addAll(pollThroughResetStreams(harness));

        List<Object> values = records.stream().map(SourceRecord::value).toList();
        int oldRecords = values.indexOf("new-1");
        assertThat(oldRecords).as("records of the old version before the new one").isBetween(1, 3);
        assertThat(values.subList(0, oldRecords)).containsExactlyElementsOf(List.of("old-1", "old-2", "old-3")
                .subList(0, oldRecords));
        assertThat(values.subList(oldRecords, values.size())).containsExactly("new-1", "new-2");
    }

    @Test
    void withTheSkipPolicyTheNewVersionOfAnObjectOverwrittenWhileItIsReadIsLeftUnread() throws Exception {
        props.put("prefix.whitelist", "a/");
        props.put("batch.max.records", "1");
        props.put("changed.object.policy", "skip");
        bucket.put("a/1.txt", lines("old", 3));
        ReadingHarness harness = harness();
        List<SourceRecord> records = new ArrayList<>(harness.pollOnce());

        bucket.put("a/1.txt", lines("new", 2));
        bucket.put("a/2.txt", lines("next", 1));
        records.addAll(pollThroughResetStreams(harness));

        List<Object> values = records.stream().map(SourceRecord::value).toList();
        assertThat(values).doesNotContain("new-1", "new-2").endsWith("next-1").startsWith("old-1");
    }

    @Test
    void withTheSkipPolicyAStoredOffsetInsideAnObjectThatChangedGoesOnWithTheNextObject() throws Exception {
        props.put("prefix.whitelist", "a/");
        props.put("batch.max.records", "1");
        props.put("changed.object.policy", "skip");
        bucket.put("a/1.txt", lines("old", 3));
        bucket.put("a/2.txt", lines("next", 1));
        FakeOffsetStore offsets = new FakeOffsetStore();
        new ReadingHarness(props, offsets).pollOnce();

        bucket.put("a/1.txt", lines("new", 2));
        List<SourceRecord> records = new ReadingHarness(props, offsets).pollUntilIdle();

        assertThat(records).extracting(SourceRecord::value).containsExactly("next-1");
    }

    @Test
    void theMetricsSayWhatWasListedReadAndIsStillToRead() throws Exception {
        props.put("prefix.whitelist", "a/");
        props.put("batch.max.records", "1");
        bucket.put("a/1.txt", "x\ny\n");
        bucket.put("a/2.txt", "zz\n");
        bucket.put("a/3.txt", "www\n");
        ReadingHarness harness = harness();

        harness.pollOnce();

        assertThat(harness.metrics.getObjectsListed()).isEqualTo(3);
        assertThat(harness.metrics.getObjectsInProgress()).isEqualTo(1);
        assertThat(harness.metrics.getLagObjects()).isEqualTo(2);
        assertThat(harness.metrics.getLagBytes()).isEqualTo(3 + 4);
        assertThat(harness.metrics.getRecordsProduced()).isEqualTo(1);

        harness.pollUntilIdle();

        assertThat(harness.metrics.getObjectsCompleted()).isEqualTo(3);
        assertThat(harness.metrics.getObjectsInProgress()).isZero();
        assertThat(harness.metrics.getLagObjects()).isZero();
        assertThat(harness.metrics.getLagBytes()).isZero();
        assertThat(harness.metrics.getRecordsProduced()).isEqualTo(4);
        assertThat(harness.metrics.getBytesRead()).isEqualTo(4 + 3 + 4);
        assertThat(harness.metrics.getListRequests()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anObjectListedUnderATemporaryNameIsReadUnderItsFinalNameThatSortsBeforeIt() throws Exception {
        props.put("prefix.whitelist", "a/");
        bucket.put("a/0.txt", lines("zero", 1));
        bucket.put("a/1.txt-upload-7f3e", lines("one", 1));
        bucket.failNext(InMemoryBucket.Operation.OPEN, () -> null);
        bucket.failNext(InMemoryBucket.Operation.OPEN, () -> {
            // The upload ends while the reader opens it: its temporary name gives way to the final one.
            bucket.delete("a/1.txt-upload-7f3e");
            bucket.put("a/1.txt", lines("one", 1));
            return null;
        });

        List<SourceRecord> records = harness().pollUntilIdle();

        assertThat(records).extracting(SourceRecord::value).containsExactly("zero-1", "one-1");
    }

    @Test
    void aStreamThatStaysOpenKeepsReadingTheVersionItStartedWith() throws Exception {
        props.put("prefix.whitelist", "a/");
        props.put("batch.max.records", "1");
        bucket.put("a/1.txt", lines("old", 3));
        ReadingHarness harness = harness();

        List<SourceRecord> records = new ArrayList<>(harness.pollOnce());
        bucket.put("a/1.txt", lines("new", 2));
        records.addAll(harness.pollUntilIdle());

        assertThat(records).extracting(SourceRecord::value).containsExactly("old-1", "old-2", "old-3");
    }

    @Test
    void aStoredOffsetInsideAnObjectThatChangedSinceRestartsItsNewVersion() throws Exception {
        props.put("prefix.whitelist", "a/");
        props.put("batch.max.records", "1");
        bucket.put("a/1.txt", lines("old", 3));
        FakeOffsetStore offsets = new FakeOffsetStore();
        new ReadingHarness(props, offsets).pollOnce();

        bucket.put("a/1.txt", lines("new", 2));
        List<SourceRecord> records = new ReadingHarness(props, offsets).pollUntilIdle();

        assertThat(records).extracting(SourceRecord::value).containsExactly("new-1", "new-2");
    }

    @Test
    void aStoredOffsetInsideAnObjectDeletedSinceMovesOnToTheNextObject() throws Exception {
        props.put("prefix.whitelist", "a/");
        props.put("batch.max.records", "1");
        bucket.put("a/1.txt", lines("one", 3));
        bucket.put("a/2.txt", lines("two", 1));
        FakeOffsetStore offsets = new FakeOffsetStore();
        new ReadingHarness(props, offsets).pollOnce();

        bucket.delete("a/1.txt");
        List<SourceRecord> records = new ReadingHarness(props, offsets).pollUntilIdle();

        assertThat(records).extracting(SourceRecord::value).containsExactly("two-1");
    }

    @Test
    void newObjectsAfterTheWatermarkAreReadButLateKeysBeforeItAreNot() throws Exception {
        props.put("prefix.whitelist", "a/");
        bucket.put("a/2024-01-02.txt", "second\n");
        ReadingHarness harness = harness();
        assertThat(harness.pollUntilIdle()).extracting(SourceRecord::value).containsExactly("second");

        bucket.put("a/2024-01-01.txt", "late\n");
        bucket.put("a/2024-01-03.txt", "third\n");

        assertThat(harness.pollUntilIdle()).extracting(SourceRecord::value).containsExactly("third");
    }

    @Test
    void onlyObjectsMatchingTheKeyFilterAreRead() throws Exception {
        props.put("object.key.regex", ".*\\.log");
        bucket.put("a/1.log", "yes\n");
        bucket.put("a/2.tmp", "no\n");
        bucket.put("b/", "");

        assertThat(harness().pollUntilIdle()).extracting(SourceRecord::value).containsExactly("yes");
    }

    @Test
    void malformedDataFailsTheTaskNamingTheObjectAndRecord() throws Exception {
        props.put("prefix.whitelist", "a/");
        props.put("lines.max.bytes", "4");
        bucket.put("a/1.txt", "ok\ntoo long\n");

        assertThatThrownBy(() -> harness().pollUntilIdle()).isInstanceOf(ConnectException.class)
                .hasMessageContaining("record 2 of memory://reading/a/1.txt");
    }

    @Test
    void deniedAccessFailsTheTaskAfterHandingOverWhatWasRead() throws Exception {
        props.put("batch.max.records", "10");
        bucket.put("a/1.txt", lines("a", 2));
        bucket.put("b/1.txt", lines("b", 2));
        ReadingHarness harness = harness();
        bucket.failNext(InMemoryBucket.Operation.LIST, () -> null);
        bucket.failNext(InMemoryBucket.Operation.LIST, () -> new StorageException("Access Denied", null));

        assertThat(harness.pollOnce()).extracting(SourceRecord::value).containsExactly("a-1", "a-2");
        assertThatThrownBy(harness::pollOnce).isInstanceOf(ConnectException.class)
                .hasMessageContaining("reading/b/").hasMessageContaining("Access Denied");
    }

    @Test
    void aPollEndsWithTheRecordThatReachesTheByteBudget() throws Exception {
        props.put("prefix.whitelist", "a/");
        props.put("record.key", "none");
        props.put("batch.max.bytes", "10");
        bucket.put("a/1.txt", "aaaa\nbbbb\ncccc\ndddd\n");
        ReadingHarness harness = harness();

        assertThat(harness.pollOnce()).extracting(SourceRecord::value).containsExactly("aaaa", "bbbb", "cccc");
        assertThat(harness.pollOnce()).extracting(SourceRecord::value).containsExactly("dddd");
    }

    @Test
    void aRecordLargerThanTheByteBudgetGoesAlone() throws Exception {
        props.put("prefix.whitelist", "a/");
        props.put("batch.max.bytes", "3");
        bucket.put("a/1.txt", lines("long", 3));
        ReadingHarness harness = harness();

        assertThat(harness.pollOnce()).extracting(SourceRecord::value).containsExactly("long-1");
        assertThat(harness.pollOnce()).extracting(SourceRecord::value).containsExactly("long-2");
        assertThat(harness.pollOnce()).extracting(SourceRecord::value).containsExactly("long-3");
    }

    @Test
    void anIdlePollWaitsAtMostASecondAndNeverBusySpins() throws Exception {
        ReadingHarness harness = harness();

        assertThat(harness.reader.poll()).isNull();
        assertThat(harness.reader.poll()).isNull();

        assertThat(harness.stopSignal.waits).hasSize(2).allSatisfy(wait -> assertThat(wait)
                .isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void afterStopAPollReturnsAtOnce() throws Exception {
        bucket.put("a/1.txt", lines("a", 5));
        ReadingHarness harness = harness();

        harness.reader.stop();

        assertThat(harness.reader.poll()).isNull();
        assertThat(bucket.listRequests()).isZero();
    }

    /** Breaks the open streams, then polls ten times, through the retriable failures that follow. */
    private List<SourceRecord> pollThroughResetStreams(ReadingHarness harness) throws InterruptedException {
        bucket.resetOpenStreams();
        List<SourceRecord> records = new ArrayList<>();
        for (int attempt = 0; attempt < 10; attempt++) {
            try {
                records.addAll(harness.pollOnce());
            } catch (RetriableException e) {
                // the reset connection; the reader opens the object again and finds its new version
            }
        }
        return records;
    }

    private ReadingHarness harness() {
        return new ReadingHarness(props, new FakeOffsetStore());
    }

    private static List<Object> values(List<SourceRecord> records, String prefix) {
        return records.stream().filter(r -> prefix.equals(r.sourcePartition().get("prefix")))
                .map(SourceRecord::value).toList();
    }

    private static String id(SourceRecord record) {
        return record.key() + "#" + record.sourceOffset().get("records");
    }

    private static Map<String, Object> headers(SourceRecord record) {
        Map<String, Object> headers = new java.util.HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        return headers;
    }
}
