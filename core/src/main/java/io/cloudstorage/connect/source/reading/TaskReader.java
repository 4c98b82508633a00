package io.cloudstorage.connect.source.reading;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cloudstorage.connect.source.config.CloudStorageSourceConfig;
import io.cloudstorage.connect.source.offset.SourceOffset;
import io.cloudstorage.connect.source.offset.SourcePartition;
import io.cloudstorage.connect.source.metrics.TaskMetrics;
import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.RetriableStorageException;
import io.cloudstorage.connect.spi.storage.StorageException;

/**
 * A task's reading loop: takes the task's source partitions in turn, one object at a time, until a batch is full,
 * and waits (interruptibly, briefly) when none has anything to read.
 *
 * <p>A partition whose storage fails in a way that may heal backs off on its own while the others go on; a
 * batch that came back empty because of such failures is reported as a {@link RetriableException}, so Connect
 * keeps the task running. Records read before a failure are always returned first: their positions were
 * already advanced, so dropping them would lose them.
 */
public final class TaskReader implements AutoCloseable {

    /** A poll returns by then even if the batch is not full, so that Connect can stop the task promptly. */
    static final Duration MAX_POLL_DURATION = Duration.ofMillis(500);
    /** The longest a poll waits for work, for the same reason. */
    static final Duration MAX_IDLE_WAIT = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(TaskReader.class);

    private final List<PartitionReader> partitions;
    private final int batchMaxRecords;
    private final int batchMaxBytes;
    private final Clock clock;
    private final StopSignal stopSignal;
    private final TaskMetrics metrics;
    private final ReadAhead readAhead;
    private int next;
    private RuntimeException fatal;

    TaskReader(List<PartitionReader> partitions, int batchMaxRecords, int batchMaxBytes, Clock clock,
               StopSignal stopSignal, TaskMetrics metrics, ReadAhead readAhead) {
        this.metrics = metrics;
        this.readAhead = readAhead;
        this.partitions = List.copyOf(partitions);
        this.batchMaxRecords = batchMaxRecords;
        this.batchMaxBytes = batchMaxBytes;
        this.clock = clock;
        this.stopSignal = stopSignal;
    }

    /**
     * A reader of these partitions, each resuming from its stored offset ({@code null} if none), telling
     * {@code progress} where its records come from.
     */
    public static TaskReader create(CloudStorageSourceConfig config, ObjectStorage storage, RecordFormat format,
                                    Map<SourcePartition, SourceOffset> storedOffsets, TaskMetrics metrics,
                                    Clock clock, StopSignal stopSignal, ReadProgress progress) {
        ReadingContext context = ReadingContext.of(config, storage, format, metrics, clock, progress);
        List<PartitionReader> readers = new ArrayList<>();
        for (Map.Entry<SourcePartition, SourceOffset> entry : storedOffsets.entrySet()) {
            readers.add(new PartitionReader(entry.getKey(), entry.getValue(), context,
                    context.readAhead().forPartition(storedOffsets.size())));
        }
        return new TaskReader(readers, config.record().batchMaxRecords(), config.record().batchMaxBytes(), clock,
                stopSignal, metrics, context.readAhead());
    }

    /**
     * The next records, or {@code null} if there are none yet.
     *
     * @throws RetriableException if storage failures that may heal left the batch empty
     * @throws ConnectException   if an object cannot be read or the storage refuses access
     */
    public List<SourceRecord> poll() throws InterruptedException {
        if (fatal != null) {
            throw fatal;
        }
        PollBatch batch = new PollBatch(batchMaxRecords, batchMaxBytes);
        Instant deadline = clock.instant().plus(MAX_POLL_DURATION);
        Exception retriable = null;
        int idleInARow = 0;
        while (!partitions.isEmpty() && !batch.isFull() && idleInARow < partitions.size()
                && !stopSignal.isStopped() && clock.instant().isBefore(deadline)) {
            PartitionReader reader = partitions.get(next);
            next = (next + 1) % partitions.size();
            if (clock.instant().isBefore(reader.readyAt())) {
                idleInARow++;
                continue;
            }
            try {
                idleInARow = reader.read(batch) ? 0 : idleInARow + 1;
            } catch (IOException | RetriableStorageException e) {
                metrics.storageFailure();
                reader.failed(e);
                retriable = e;
                idleInARow++;
            } catch (StorageException e) {
                fatal = new ConnectException("Cannot read source partition " + reader.partition() + ": "
                        + e.getMessage(), e);
                break;
            } catch (RuntimeException e) {
                fatal = e;
                break;
            }
        }
        if (!batch.isEmpty()) {
            metrics.recordsProduced(batch.records().size());
            return batch.records();
        }
        if (fatal != null) {
            throw fatal;
        }
        if (retriable != null) {
            throw new RetriableException("Reading from storage failed; the task keeps running and tries again: "
                    + retriable.getMessage(), retriable);
        }
        awaitWork();
        return null;
    }

    private void awaitWork() throws InterruptedException {
        Instant now = clock.instant();
        Instant earliest = partitions.stream().map(PartitionReader::readyAt).min(Instant::compareTo)
                .orElse(now.plus(MAX_IDLE_WAIT));
        Duration wait = earliest.isAfter(now) ? Duration.between(now, earliest) : Duration.ZERO;
        if (wait.compareTo(MAX_IDLE_WAIT) > 0) {
            wait = MAX_IDLE_WAIT;
        }
        if (!wait.isZero()) {
            stopSignal.await(wait);
        }
    }

    /** Makes a waiting or later poll return at once. */
    public void stop() {
        stopSignal.stop();
    }

    @Override
    public void close() {
        for (PartitionReader reader : partitions) {
            reader.close();
        }
        readAhead.close();
        log.debug("Closed the readers of {} source partitions", partitions.size());
    }
}
