package io.cloudstorage.connect.source.reading;

import java.io.InputStream;
import java.time.Duration;
import java.util.OptionalLong;

import io.cloudstorage.connect.source.metrics.TaskMetrics;
import io.cloudstorage.connect.spi.format.ObjectContent;
import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.StorageObject;

/**
 * Hands a format the content of one listed object, without handing it the storage. The first bytes of the object,
 * if they were fetched ahead, serve the first opening from the start.
 */
final class StorageObjectContent implements ObjectContent {

    private final ObjectStorage storage;
    private final StorageObject object;
    private final TaskMetrics metrics;
    private byte[] fetchedHead;

    /** @param fetchedHead the object's first bytes fetched ahead, or {@code null} */
    StorageObjectContent(ObjectStorage storage, StorageObject object, TaskMetrics metrics, byte[] fetchedHead) {
        this.storage = storage;
        this.object = object;
        this.metrics = metrics;
        this.fetchedHead = fetchedHead;
    }

    @Override
    public String key() {
        return object.key();
    }

    @Override
    public String location() {
        return storage.describe(object.key());
    }

    @Override
    public OptionalLong size() {
        return OptionalLong.of(object.size());
    }

    @Override
    public InputStream open(long position) {
        byte[] head = fetchedHead;
        fetchedHead = null;
        if (head != null && position == 0) {
            return new MeteredStream(new FetchedHeadStream(head, object.size(), this::openStored), metrics);
        }
        if (position >= object.size()) {
            return InputStream.nullInputStream();
        }
        return new MeteredStream(openStored(position), metrics);
    }

    private InputStream openStored(long position) {
        return openTimed(storage, object, position, metrics);
    }

    /** The object's stored bytes from {@code position}, the time to open them counted into the task's metrics. */
    static InputStream openTimed(ObjectStorage storage, StorageObject object, long position, TaskMetrics metrics) {
        long started = System.nanoTime();
        InputStream stored = storage.open(object, position);
        metrics.contentOpened(Duration.ofNanos(System.nanoTime() - started));
        return stored;
    }
}
