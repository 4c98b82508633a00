package io.cloudstorage.connect.source.reading;

import static io.cloudstorage.connect.source.reading.ReadingHarness.lines;
import static io.cloudstorage.connect.source.reading.ReadingHarness.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.source.testing.FakeOffsetStore;
import io.cloudstorage.connect.source.testing.InMemoryBucket;
import io.cloudstorage.connect.source.testing.InMemoryBucket.Open;
import io.cloudstorage.connect.source.testing.TestConfigs;
import io.cloudstorage.connect.spi.storage.RetriableStorageException;

class ReadAheadTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String READ_AHEAD_THREAD = "cloud-storage-read-ahead-";

    private InMemoryBucket bucket;
    private Map<String, String> props;

    @BeforeEach
    void createBucket() {
        bucket = InMemoryBucket.create("read-ahead");
        props = TestConfigs.connector("read-ahead", "a/");
        props.put("batch.max.records", "1");
    }

    @Test
    void theObjectsListedNextAreFetchedWhileOneIsReadAndEachIsRequestedOnce() throws Exception {
        props.put("read.ahead.objects", "3");
        for (int i = 1; i <= 6; i++) {
            bucket.put("a/" + i + ".txt", lines("o" + i, 2));
        }
        ReadingHarness harness = new ReadingHarness(props, new FakeOffsetStore());

        List<SourceRecord> records = new ArrayList<>(harness.pollOnce());
        awaitOpens(opens -> aheadOf(opens).containsAll(List.of("a/2.txt", "a/3.txt", "a/4.txt")));
        assertThat(aheadOf(bucket.opens())).as("fetched ahead, at most read.ahead.objects")
                .doesNotContain("a/5.txt", "a/6.txt");
        records.addAll(harness.pollUntilIdle());

        assertThat(values(records)).containsExactlyElementsOf(IntStream.rangeClosed(1, 6)
                .boxed().flatMap(i -> lines("o" + i, 2).lines()).toList());
        assertThat(bucket.opens()).extracting(Open::key)
                .containsExactlyInAnyOrder("a/1.txt", "a/2.txt", "a/3.txt", "a/4.txt", "a/5.txt", "a/6.txt");
        assertThat(bucket.opens()).allMatch(open -> open.position() == 0);
    }

    @Test
    void theRestOfAnObjectLargerThanTheBytesFetchedAheadIsRequestedFromWhereTheyEnd() throws Exception {
        props.put("read.ahead.bytes", "1024");
        bucket.put("a/1.txt", lines("small", 1));
        String large = lines("large", 300);
        bucket.put("a/2.txt", large);
        ReadingHarness harness = new ReadingHarness(props, new FakeOffsetStore());

        List<SourceRecord> records = new ArrayList<>(harness.pollOnce());
        awaitOpens(opens -> aheadOf(opens).contains("a/2.txt"));
        records.addAll(harness.pollUntilIdle());

        assertThat(values(records)).containsExactlyElementsOf(
                Stream.concat(Stream.of("small-1"), large.lines()).toList());
        assertThat(bucket.opens()).filteredOn(open -> open.key().equals("a/2.txt"))
                .extracting(Open::position).containsExactly(0L, 1024L);
    }

    @Test
    void aLargeObjectIsReadInRangesFetchedAheadEachRequestedOnce() throws Exception {
        props.put("read.ahead.objects", "0");
        props.put("read.ahead.ranges", "2");
        props.put("read.ahead.range.bytes", "1024");
        String large = lines("large", 500);
        bucket.put("a/1.txt", large);

        List<SourceRecord> records = new ReadingHarness(props, new FakeOffsetStore()).pollUntilIdle();

        assertThat(values(records)).containsExactlyElementsOf(large.lines().toList());
        List<Long> rangeStarts = LongStream.iterate(0, start -> start < large.length(), start -> start + 1024)
                .boxed().toList();
        assertThat(rangeStarts).hasSizeGreaterThan(3);
        assertThat(bucket.opens()).extracting(Open::position).containsExactlyInAnyOrderElementsOf(rangeStarts);
        assertThat(aheadOf(bucket.opens())).isNotEmpty();
    }

    @Test
    void aFetchThatFailedIsNotUsedAndTheObjectIsRequestedAgain() throws Exception {
        bucket.put("a/1.txt", lines("one", 2));
        bucket.put("a/2.txt", lines("two", 2));
        bucket.put("a/3.txt", lines("three", 2));
        bucket.failNextOpenOf("a/2.txt", () -> new RetriableStorageException("injected: slow down", null));
        ReadingHarness harness = new ReadingHarness(props, new FakeOffsetStore());

        List<SourceRecord> records = new ArrayList<>(harness.pollOnce());
        awaitOpens(opens -> aheadOf(opens).contains("a/2.txt"));
        records.addAll(harness.pollUntilIdle());

        assertThat(values(records)).containsExactly("one-1", "one-2", "two-1", "two-2", "three-1", "three-2");
        assertThat(bucket.opens()).filteredOn(open -> open.key().equals("a/2.txt")).hasSize(2);
    }

    @Test
    void anObjectDeletedAfterItWasFetchedAheadIsReadAsFetched() throws Exception {
        bucket.put("a/1.txt", lines("one", 2));
        bucket.put("a/2.txt", lines("two", 2));
        ReadingHarness harness = new ReadingHarness(props, new FakeOffsetStore());

        List<SourceRecord> records = new ArrayList<>(harness.pollOnce());
        awaitOpens(opens -> aheadOf(opens).contains("a/2.txt"));
        bucket.delete("a/2.txt");
        records.addAll(harness.pollUntilIdle());

        assertThat(values(records)).containsExactly("one-1", "one-2", "two-1", "two-2");
    }

    @Test
    void withNoObjectsReadAheadEveryObjectIsRequestedByTheTaskItself() throws Exception {
        props.put("read.ahead.objects", "0");
        bucket.put("a/1.txt", lines("one", 1));
        bucket.put("a/2.txt", lines("two", 1));
        bucket.put("a/3.txt", lines("three", 1));
        String task = Thread.currentThread().getName();

        List<SourceRecord> records = new ReadingHarness(props, new FakeOffsetStore()).pollUntilIdle();

        assertThat(values(records)).containsExactly("one-1", "two-1", "three-1");
        assertThat(bucket.opens()).extracting(Open::thread).containsOnly(task);
    }

    private void awaitOpens(Predicate<List<Open>> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (!condition.test(bucket.opens())) {
            assertThat(Instant.now()).as("waiting for fetches ahead; requests so far: %s", bucket.opens())
                    .isBefore(deadline);
            Thread.sleep(10);
        }
    }

    private static List<String> aheadOf(List<Open> opens) {
        return opens.stream().filter(open -> open.thread().startsWith(READ_AHEAD_THREAD)).map(Open::key).toList();
    }
}
