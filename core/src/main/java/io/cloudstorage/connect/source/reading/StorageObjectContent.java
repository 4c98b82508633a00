package io.cloudstorage.connect.source.reading;

import java.io.InputStream;
import java.time.Duration;
import java.util.OptionalLong;

import io.cloudstorage.connect.source.metrics.TaskMetrics;
import io.cloudstorage.connect.spi.format.ObjectContent;
import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.StorageObject;

/** Hands a format the content of one listed object, without handing it the storage. */
final class StorageObjectContent implements ObjectContent {

    private final ObjectStorage storage;
    private final StorageObject object;
    private final TaskMetrics metrics;

    StorageObjectContent(ObjectStorage storage, StorageObject object, TaskMetrics metrics) {
        this.storage = storage;
        this.object = object;
        this.metrics = metrics;
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
        if (position >= object.size()) {
            return InputStream.nullInputStream();
        }
        long started = System.nanoTime();
        InputStream stored = storage.open(object, position);
        metrics.contentOpened(Duration.ofNanos(System.nanoTime() - started));
        return new MeteredStream(stored, metrics);
    }
}
