package io.cloudstorage.connect.source.reading;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import io.cloudstorage.connect.source.config.ListingConfig;
import io.cloudstorage.connect.source.metrics.TaskMetrics;
import io.cloudstorage.connect.source.offset.SourceOffset;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.StorageObject;

/**
 * Reads a prefix in key order: each listing starts after the last key listed, so it costs requests in proportion
 * to the new objects only. A key that appears later but sorts before that watermark is not read: the contract that
 * fits keys that grow over time, such as time-stamped ones. Keeps at most one page of listed objects.
 */
final class KeyOrderListing implements ObjectListing {

    static final int LIST_PAGE_SIZE = 1000;

    private final String prefix;
    private final ObjectStorage storage;
    private final ListingConfig listing;
    private final TaskMetrics metrics;
    private final Deque<StorageObject> listed = new ArrayDeque<>();
    private String watermark;

    /** @param watermark the last key read, or {@code null} to start at the first */
    KeyOrderListing(String prefix, ObjectStorage storage, ListingConfig listing, TaskMetrics metrics,
                    String watermark) {
        this.prefix = prefix;
        this.storage = storage;
        this.listing = listing;
        this.metrics = metrics;
        this.watermark = watermark;
    }

    @Override
    public Optional<StorageObject> next() {
        while (listed.isEmpty()) {
            long started = System.nanoTime();
            List<StorageObject> page = storage.list(prefix, watermark, LIST_PAGE_SIZE);
            metrics.listed(Duration.ofNanos(System.nanoTime() - started));
            for (StorageObject object : page) {
                watermark = object.key();
                if (listing.selects(object.key(), object.size())) {
                    listed.add(object);
                    metrics.objectQueued(object.size());
                }
            }
            if (page.size() < LIST_PAGE_SIZE) {
                break;
            }
        }
        Optional<StorageObject> next = Optional.ofNullable(listed.poll());
        next.ifPresent(object -> metrics.objectDequeued(object.size()));
        return next;
    }

    @Override
    public void close() {
        listed.forEach(object -> metrics.objectDequeued(object.size()));
        listed.clear();
    }

    @Override
    public SourceOffset offset(StorageObject object, ReadPosition position, boolean objectComplete) {
        return new SourceOffset(object.key(), object.etag(), position, objectComplete);
    }

    @Override
    public void finished(StorageObject object) {
        // The key watermark moved past it when it was listed.
    }
}
