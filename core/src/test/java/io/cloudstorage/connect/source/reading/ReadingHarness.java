package io.cloudstorage.connect.source.reading;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.connect.source.SourceRecord;

import io.cloudstorage.connect.source.config.CloudStorageSourceConfig;
import io.cloudstorage.connect.source.metrics.TaskMetrics;
import io.cloudstorage.connect.source.offset.OffsetCodec;
import io.cloudstorage.connect.source.offset.SourceOffset;
import io.cloudstorage.connect.source.offset.SourcePartition;
import io.cloudstorage.connect.source.testing.FakeOffsetStore;
import io.cloudstorage.connect.source.testing.MutableClock;

/**
 * Drives a {@link TaskReader} as a worker would, on a clock that moves only when the reader waits, and commits the
 * offset of every record it returns, as the worker does once Kafka acknowledged it.
 */
final class ReadingHarness {

    /** A stop signal whose waits move the clock instead of sleeping, and remember how long they were. */
    static final class ClockedStopSignal extends StopSignal {

        private final MutableClock clock;
        final List<Duration> waits = new ArrayList<>();

        ClockedStopSignal(MutableClock clock) {
            this.clock = clock;
        }

        @Override
        public boolean await(Duration timeout) {
            waits.add(timeout);
            clock.advance(timeout);
            return isStopped();
        }
    }

    final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    final ClockedStopSignal stopSignal = new ClockedStopSignal(clock);
    final FakeOffsetStore offsets;
    final TaskMetrics metrics = TaskMetrics.unpublished();
    final TaskReader reader;

    ReadingHarness(Map<String, String> props, FakeOffsetStore offsets) {
        this.offsets = offsets;
        CloudStorageSourceConfig config = new CloudStorageSourceConfig(props);
        Map<SourcePartition, SourceOffset> stored = new LinkedHashMap<>();
        for (String prefix : config.listing().prefixes()) {
            SourcePartition partition = new SourcePartition(config.storage().bucket(), prefix);
            stored.put(partition, OffsetCodec.offsetFromMap(offsets.offset(OffsetCodec.toMap(partition))));
        }
        this.reader = TaskReader.create(config, config.storage().open(), config.record().createFormat(), stored,
                metrics, clock, stopSignal, ReadProgress.NONE);
    }

    /** {@code count} lines named {@code name-1}, {@code name-2}, ..., each ending with a newline. */
    static String lines(String name, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> name + "-" + i + "\n").collect(Collectors.joining());
    }

    /** The records' values, in order. */
    static List<Object> values(List<SourceRecord> records) {
        return records.stream().map(SourceRecord::value).toList();
    }

    /** Polls until {@code idlePolls} polls in a row return nothing; commits and returns what they returned. */
    List<SourceRecord> pollUntilIdle(int idlePolls) throws InterruptedException {
        List<SourceRecord> all = new ArrayList<>();
        for (int idle = 0; idle < idlePolls; ) {
            List<SourceRecord> batch = reader.poll();
            if (batch == null || batch.isEmpty()) {
                idle++;
                continue;
            }
            idle = 0;
            batch.forEach(offsets::commit);
            all.addAll(batch);
        }
        return all;
    }

    List<SourceRecord> pollUntilIdle() throws InterruptedException {
        return pollUntilIdle(3);
    }

    /** One poll, committing what it returns. */
    List<SourceRecord> pollOnce() throws InterruptedException {
        List<SourceRecord> batch = reader.poll();
        if (batch == null) {
            return List.of();
        }
        batch.forEach(offsets::commit);
        return batch;
    }
}
