package io.cloudstorage.connect.source.reading;

import java.util.Optional;

import io.cloudstorage.connect.source.config.Compression;
import io.cloudstorage.connect.source.metrics.TaskMetrics;
import io.cloudstorage.connect.spi.format.ObjectContent;
import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.StorageObject;

/** The content a format reads for an object: as stored, or decompressed as configured. */
final class ObjectContents {

    private final ObjectStorage storage;
    private final ReadAhead readAhead;
    private final Compression compression;
    private final TaskMetrics metrics;

    /** The format's objects are read as stored whatever {@code compression} says if it needs stored bytes. */
    ObjectContents(ObjectStorage storage, ReadAhead readAhead, Compression compression, RecordFormat format,
                   TaskMetrics metrics) {
        this.storage = storage;
        this.readAhead = readAhead;
        this.metrics = metrics;
        this.compression = format.needsStoredBytes() ? new Compression.Uncompressed() : compression;
    }

    /** @param fetchedHead the object's first bytes, if they were fetched ahead */
    ObjectContent of(StorageObject object, Optional<byte[]> fetchedHead) {
        ObjectContent stored = new StorageObjectContent(storage, readAhead, object, metrics,
                fetchedHead.orElse(null));
        if (compression instanceof Compression.Fixed fixed) {
            return new DecompressedContent(stored, fixed.codec());
        }
        if (compression instanceof Compression.Detected detected) {
            return new DetectedContent(stored, detected.codecs());
        }
        return stored;
    }
}
