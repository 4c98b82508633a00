package io.cloudstorage.connect.source.reading;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import io.cloudstorage.connect.source.metrics.TaskMetrics;
import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.StorageObject;

/**
 * What the read orders share: objects listed and not yet read wait in a queue, which counts as the task's lag, and
 * listing requests are timed.
 */
abstract class QueuedListing implements ObjectListing {

    static final int LIST_PAGE_SIZE = 1000;

    protected final String prefix;
    protected final ObjectStorage storage;
    private final TaskMetrics metrics;
    private final Deque<StorageObject> queued = new ArrayDeque<>();

    QueuedListing(String prefix, ObjectStorage storage, TaskMetrics metrics) {
        this.prefix = prefix;
        this.storage = storage;
        this.metrics = metrics;
    }

    /** Lists the partition, {@link #queue queuing} the objects to read next, if there are any. */
    protected abstract void refill();

    /** {@code object} is about to be read. */
    protected void handingOut(StorageObject object) {
    }

    protected final void queue(StorageObject object) {
        queued.add(object);
        metrics.objectQueued(object.size());
    }

    protected final boolean nothingQueued() {
        return queued.isEmpty();
    }

    /** One page of the partition's keys after {@code startAfter}, timed. */
    protected final List<StorageObject> listPage(String startAfter) {
        long started = System.nanoTime();
        List<StorageObject> page = storage.list(prefix, startAfter, LIST_PAGE_SIZE);
        metrics.listed(Duration.ofNanos(System.nanoTime() - started));
        return page;
    }

    @Override
    public final Optional<StorageObject> next() {
        if (queued.isEmpty()) {
            refill();
        }
        Optional<StorageObject> next = Optional.ofNullable(queued.poll());
        next.ifPresent(object -> {
            metrics.objectDequeued(object.size());
            handingOut(object);
        });
        return next;
    }

    @Override
    public final List<StorageObject> upcoming(int max) {
        return queued.stream().limit(max).toList();
    }

    @Override
    public final void close() {
        queued.forEach(object -> metrics.objectDequeued(object.size()));
        queued.clear();
    }
}
