package io.cloudstorage.connect.source.reading;

import java.io.InputStream;
import java.util.OptionalLong;

import io.cloudstorage.connect.source.metrics.TaskMetrics;
import io.cloudstorage.connect.spi.format.ObjectContent;
import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.StorageObject;

/**
 * Hands a format the content of one listed object, without handing it the storage. The first bytes of the object,
 * if they were fetched ahead, serve the first opening from the start; the rest is opened through the task's
 * read-ahead, which reads a large object in ranges.
 */
final class StorageObjectContent implements ObjectContent {

    private final ObjectStorage storage;
    private final ReadAhead readAhead;
    private final StorageObject object;
    private final TaskMetrics metrics;
    private byte[] fetchedHead;

    /** @param fetchedHead the object's first bytes fetched ahead, or {@code null} */
    StorageObjectContent(ObjectStorage storage, ReadAhead readAhead, StorageObject object, TaskMetrics metrics,
                         byte[] fetchedHead) {
        this.storage = storage;
        this.readAhead = readAhead;
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
            return new MeteredStream(new FetchedHeadStream(head, object.size(),
                    rest -> readAhead.open(object, rest)), metrics);
        }
        if (position >= object.size()) {
            return InputStream.nullInputStream();
        }
        return new MeteredStream(readAhead.open(object, position), metrics);
    }
}
