package io.cloudstorage.connect.source.afterread;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.connect.source.SourceRecord;

import io.cloudstorage.connect.source.reading.ReadProgress;
import io.cloudstorage.connect.spi.storage.StorageObject;

/**
 * Finds the objects all of whose records Connect has acknowledged: an object is done once it was read to its end
 * and every record produced from it came back through {@link #acknowledged}. Records are matched by identity, as
 * Connect hands back the very records a poll returned. Thread-safe: records are produced on the task's thread and
 * acknowledged on the producer's.
 */
public final class ObjectCompletions implements ReadProgress {

    /** An object being read or waiting for acknowledgements. */
    private static final class Pending {
        final StorageObject object;
        long unacknowledged;
        boolean readToEnd;

        Pending(StorageObject object) {
            this.object = object;
        }
    }

    private final Consumer<StorageObject> done;
    private final Map<SourceRecord, Pending> byRecord = new IdentityHashMap<>();
    private final Map<StorageObject, Pending> reading = new IdentityHashMap<>();

    /** @param done called once per object, on the thread that completed it; must not block */
    public ObjectCompletions(Consumer<StorageObject> done) {
        this.done = done;
    }

    @Override
    public synchronized void produced(SourceRecord record, StorageObject object) {
        Pending pending = reading.computeIfAbsent(object, Pending::new);
        pending.unacknowledged++;
        byRecord.put(record, pending);
    }

    @Override
    public void readToEnd(StorageObject object) {
        StorageObject completed;
        synchronized (this) {
            Pending pending = reading.remove(object);
            if (pending == null) {
                pending = new Pending(object);
            }
            pending.readToEnd = true;
            completed = pending.unacknowledged == 0 ? object : null;
        }
        if (completed != null) {
            done.accept(completed);
        }
    }

    @Override
    public synchronized void abandoned(StorageObject object) {
        reading.remove(object);
    }

    /** Connect acknowledged {@code record}: written to Kafka, or dropped by a transformation or error tolerance. */
    public void acknowledged(SourceRecord record) {
        StorageObject completed;
        synchronized (this) {
            Pending pending = byRecord.remove(record);
            if (pending == null) {
                return;
            }
            pending.unacknowledged--;
            completed = pending.readToEnd && pending.unacknowledged == 0 ? pending.object : null;
        }
        if (completed != null) {
            done.accept(completed);
        }
    }
}
