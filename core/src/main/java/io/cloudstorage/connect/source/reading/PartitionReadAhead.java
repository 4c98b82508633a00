package io.cloudstorage.connect.source.reading;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cloudstorage.connect.spi.storage.StorageObject;

/**
 * The objects one source partition has fetched ahead, in the order they will be read. Objects are taken in that
 * order; one passed over (the listing started again, or the reader went elsewhere) is dropped when a later one is
 * taken.
 */
final class PartitionReadAhead implements AutoCloseable {

    private final ReadAhead readAhead;
    private final int most;
    private final Map<StorageObject, BytesFetch<byte[]>> fetching = new LinkedHashMap<>();

    PartitionReadAhead(ReadAhead readAhead, int most) {
        this.readAhead = readAhead;
        this.most = most;
    }

    /**
     * Starts fetching the first of {@code upcoming} that are not yet fetched, as far as this partition's share goes.
     */
    void ahead(List<StorageObject> upcoming) {
        for (StorageObject object : upcoming) {
            if (fetching.size() >= most) {
                return;
            }
            fetching.computeIfAbsent(object, readAhead::fetch);
        }
    }

    /** How many objects ahead {@link #ahead} looks at most. */
    int most() {
        return most;
    }

    /** The first bytes of {@code object} if they were fetched ahead (see {@link BytesFetch#take()}). */
    Optional<byte[]> take(StorageObject object) {
        if (!fetching.containsKey(object)) {
            return Optional.empty();
        }
        Iterator<Map.Entry<StorageObject, BytesFetch<byte[]>>> entries = fetching.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<StorageObject, BytesFetch<byte[]>> entry = entries.next();
            entries.remove();
            if (entry.getKey().equals(object)) {
                return entry.getValue().take();
            }
            entry.getValue().drop();
        }
        throw new IllegalStateException("unreachable: " + object.key() + " was being fetched");
    }

    /** Drops what was fetched and not taken. */
    @Override
    public void close() {
        fetching.values().forEach(BytesFetch::drop);
        fetching.clear();
    }
}
