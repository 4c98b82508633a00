package io.cloudstorage.connect.source.metrics;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.common.metrics.PluginMetrics;

/**
 * A task's counters, published through Kafka's metrics while the task runs: the worker tags them with the
 * connector's name and the task's index, shows them through its JMX reporter as
 * {@code kafka.connect:type=plugins,connector=<name>,task=<index>}, and hands them to every metrics reporter it is
 * configured with. They are withdrawn when the task stops.
 */
public final class TaskMetrics implements AutoCloseable {

    private final AtomicLong recordsSkipped = new AtomicLong();
    private final AtomicLong recordsDeadLettered = new AtomicLong();
    private final AtomicLong objectsUnreadable = new AtomicLong();
    private final AtomicLong objectsListed = new AtomicLong();
    private final AtomicLong objectsInProgress = new AtomicLong();
    private final AtomicLong objectsCompleted = new AtomicLong();
    private final AtomicLong recordsProduced = new AtomicLong();
    private final AtomicLong bytesRead = new AtomicLong();
    private final AtomicLong lagObjects = new AtomicLong();
    private final AtomicLong lagBytes = new AtomicLong();
    private final AtomicLong storageFailures = new AtomicLong();
    private final LatencyStats listLatency = new LatencyStats();
    private final LatencyStats openLatency = new LatencyStats();

    /** Empty for counters that are not published. */
    private final Optional<MetricPublisher> publisher;

    private TaskMetrics(Optional<MetricPublisher> publisher) {
        this.publisher = publisher;
        publisher.ifPresent(this::publish);
    }

    /** Counters that are not published, for tests and tools. */
    public static TaskMetrics unpublished() {
        return new TaskMetrics(Optional.empty());
    }

    /** Counters published as the task's metrics. */
    public static TaskMetrics publishedTo(PluginMetrics plugin) {
        return new TaskMetrics(Optional.of(new MetricPublisher(plugin)));
    }

    private void publish(MetricPublisher publisher) {
        publisher.gauge("objects-listed", "Objects that listings found to read.", this::getObjectsListed);
        publisher.gauge("objects-in-progress", "Objects open for reading now.", this::getObjectsInProgress);
        publisher.gauge("objects-completed", "Objects read to their end.", this::getObjectsCompleted);
        publisher.gauge("objects-unreadable", "Objects of which a part could not be read at all (corrupt, "
                + "truncated), skipped or dead-lettered.", this::getObjectsUnreadable);
        publisher.gauge("records-produced", "Records handed to Connect, dead-letter records included.",
                this::getRecordsProduced);
        publisher.gauge("bytes-read", "Bytes read from storage, as stored.", this::getBytesRead);
        publisher.gauge("records-skipped", "Bad records left out (errors.policy=skip).", this::getRecordsSkipped);
        publisher.gauge("records-dead-lettered", "Bad records sent to the dead-letter topic.",
                this::getRecordsDeadLettered);
        publisher.gauge("lag-objects", "Objects listed but not yet opened.", this::getLagObjects);
        publisher.gauge("lag-bytes", "Stored bytes of the objects listed but not yet opened.", this::getLagBytes);
        publisher.gauge("storage-failures", "Storage requests that failed in a way that may heal, and were retried.",
                this::getStorageFailures);
        publisher.gauge("list-requests", "Listing requests made.", this::getListRequests);
        publisher.gauge("list-latency-avg-ms", "How long a listing request took, on average.",
                this::getListLatencyAvgMs);
        publisher.gauge("list-latency-max-ms", "The longest a listing request took.", this::getListLatencyMaxMs);
        publisher.gauge("object-open-latency-avg-ms", "How long opening an object took up to its first byte, on "
                + "average.", this::getObjectOpenLatencyAvgMs);
        publisher.gauge("object-open-latency-max-ms", "The longest opening an object took, up to its first byte.",
                this::getObjectOpenLatencyMaxMs);
    }

    public void recordSkipped() {
        recordsSkipped.incrementAndGet();
    }

    public void recordDeadLettered() {
        recordsDeadLettered.incrementAndGet();
    }

    public void objectUnreadable() {
        objectsUnreadable.incrementAndGet();
    }

    /** A listing request took {@code duration}. */
    public void listed(Duration duration) {
        listLatency.record(duration);
    }

    /** A listing found an object to read, of {@code size} bytes: it is lag until it is read. */
    public void objectQueued(long size) {
        objectsListed.incrementAndGet();
        lagObjects.incrementAndGet();
        lagBytes.addAndGet(size);
    }

    /** A queued object is about to be read, or will not be read by this task after all. */
    public void objectDequeued(long size) {
        lagObjects.decrementAndGet();
        lagBytes.addAndGet(-size);
    }

    public void objectOpened() {
        objectsInProgress.incrementAndGet();
    }

    /** @param readToEnd whether it was read to its end rather than abandoned */
    public void objectClosed(boolean readToEnd) {
        objectsInProgress.decrementAndGet();
        if (readToEnd) {
            objectsCompleted.incrementAndGet();
        }
    }

    /** Opening an object's content took {@code duration}, up to its first byte. */
    public void contentOpened(Duration duration) {
        openLatency.record(duration);
    }

    public void bytesRead(long count) {
        bytesRead.addAndGet(count);
    }

    public void recordsProduced(int count) {
        recordsProduced.addAndGet(count);
    }

    public void storageFailure() {
        storageFailures.incrementAndGet();
    }

    public long getObjectsListed() {
        return objectsListed.get();
    }

    public long getObjectsInProgress() {
        return objectsInProgress.get();
    }

    public long getObjectsCompleted() {
        return objectsCompleted.get();
    }

    public long getRecordsProduced() {
        return recordsProduced.get();
    }

    public long getBytesRead() {
        return bytesRead.get();
    }

    public long getLagObjects() {
        return lagObjects.get();
    }

    public long getLagBytes() {
        return lagBytes.get();
    }

    public long getStorageFailures() {
        return storageFailures.get();
    }

    public long getListRequests() {
        return listLatency.count();
    }

    public double getListLatencyAvgMs() {
        return listLatency.averageMillis();
    }

    public double getListLatencyMaxMs() {
        return listLatency.maxMillis();
    }

    public double getObjectOpenLatencyAvgMs() {
        return openLatency.averageMillis();
    }

    public double getObjectOpenLatencyMaxMs() {
        return openLatency.maxMillis();
    }

    public long getRecordsSkipped() {
        return recordsSkipped.get();
    }

    public long getRecordsDeadLettered() {
        return recordsDeadLettered.get();
    }

    public long getObjectsUnreadable() {
        return objectsUnreadable.get();
    }

    /** Withdraws the published metrics. */
    @Override
    public void close() {
        publisher.ifPresent(MetricPublisher::close);
    }
}
