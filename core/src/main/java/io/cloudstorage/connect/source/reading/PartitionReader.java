package io.cloudstorage.connect.source.reading;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cloudstorage.connect.source.config.ListingConfig;
import io.cloudstorage.connect.source.offset.OffsetCodec;
import io.cloudstorage.connect.source.offset.SourceOffset;
import io.cloudstorage.connect.source.offset.SourcePartition;
import io.cloudstorage.connect.source.retry.Backoff;
import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.MalformedDataException;
import io.cloudstorage.connect.spi.format.MalformedRecord;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.storage.ObjectMissingException;
import io.cloudstorage.connect.spi.storage.ObjectModifiedException;
import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.StorageObject;

/**
 * Reads one source partition: lists its objects in key order after a watermark (the last key listed), and reads
 * them one after the other. Keeps at most one page of listed objects and one open object in memory.
 *
 * <p>A key that appears later but sorts before the watermark is not read: the contract that fits keys that grow
 * over time, such as time-stamped ones.
 */
final class PartitionReader implements AutoCloseable {

    static final int LIST_PAGE_SIZE = 1000;

    private static final Logger log = LoggerFactory.getLogger(PartitionReader.class);

    private final SourcePartition partition;
    private final Map<String, Object> partitionMap;
    private final ObjectStorage storage;
    private final RecordFormat format;
    private final ObjectContents contents;
    private final ListingConfig listing;
    private final SourceRecordFactory records;
    private final Clock clock;
    private final Backoff backoff;

    private final Deque<StorageObject> listed = new ArrayDeque<>();
    private String watermark;
    private SourceOffset unfinished;
    private ObjectCursor current;
    private Instant readyAt = Instant.MIN;

    /**
     * @param stored the partition's stored offset, or {@code null} to read it from its first object
     */
    PartitionReader(SourcePartition partition, SourceOffset stored, ObjectStorage storage, RecordFormat format,
                    ObjectContents contents, ListingConfig listing, SourceRecordFactory records, Clock clock,
                    Backoff backoff) {
        this.partition = partition;
        this.partitionMap = OffsetCodec.toMap(partition);
        this.storage = storage;
        this.format = format;
        this.contents = contents;
        this.listing = listing;
        this.records = records;
        this.clock = clock;
        this.backoff = backoff;
        if (stored != null) {
            this.watermark = stored.key();
            this.unfinished = stored.objectComplete() ? null : stored;
        }
    }

    SourcePartition partition() {
        return partition;
    }

    /** When this partition should be read next: now if it is reading, later if idle or backing off. */
    Instant readyAt() {
        return readyAt;
    }

    /**
     * Reads records of one object into {@code out}, at most {@code max}: up to the object's end, so that the
     * caller can turn to another partition between objects.
     *
     * @return whether anything happened: false if there was no object to read (the partition is then idle until
     *         the next listing)
     * @throws IOException if reading failed in a way that may heal; {@link #failed} then says when to retry
     * @throws ConnectException if the object cannot be read as the configured format
     */
    boolean read(List<SourceRecord> out, int max) throws IOException {
        if (current == null && !openNextObject()) {
            readyAt = clock.instant().plus(listing.pollInterval());
            backoff.reset();
            return false;
        }
        try {
            for (int added = 0; added < max; added++) {
                ObjectRecord record = current.next();
                if (record == null) {
                    finishObject();
                    break;
                }
                if (record.result() instanceof MalformedRecord malformed) {
                    throw new ConnectException("Cannot read record " + malformed.number() + " of "
                            + describeCurrent() + ": " + malformed.reason());
                }
                out.add(records.create(partitionMap, partition.bucket(), current.object(),
                        (FormatRecord) record.result(), record.last()));
                if (record.last()) {
                    finishObject();
                    break;
                }
            }
        } catch (ObjectMissingException e) {
            log.warn("{} was deleted after it was listed, when {} of its records had been read; the rest of it "
                    + "cannot be read", describeCurrent(), current.position().records());
            finishObject();
        } catch (ObjectModifiedException e) {
            restartWithCurrentVersion(current.object().key(), current.position().records());
        } catch (MalformedDataException e) {
            throw new ConnectException("Cannot read record " + e.recordNumber() + " of " + describeCurrent()
                    + " as format records: " + e.getMessage(), e);
        }
        backoff.reset();
        return true;
    }

    /**
     * Records a failure of {@link #read} that may heal: the object being read will be opened again at the
     * position after its last record handed out, once the returned wait has passed.
     */
    Duration failed(Exception error) {
        if (current != null) {
            current.close();
        }
        Duration wait = backoff.nextWait();
        readyAt = clock.instant().plus(wait);
        log.warn("Reading {} failed ({} failures in a row); trying again in {} ms: {}",
                current == null ? "source partition " + partition : describeCurrent(), backoff.failures(),
                wait.toMillis(), error.toString());
        return wait;
    }

    private boolean openNextObject() {
        if (unfinished != null && resumeUnfinished()) {
            return true;
        }
        Optional<StorageObject> next = nextListed();
        next.ifPresent(object -> current = cursor(object, ReadPosition.START));
        return next.isPresent();
    }

    /** Continues the object a stored offset was in the middle of, if it is still there in the same version. */
    private boolean resumeUnfinished() {
        SourceOffset offset = unfinished;
        Optional<StorageObject> object = storage.stat(offset.key());
        unfinished = null;
        if (object.isEmpty()) {
            log.warn("{} was deleted before it was completely read: {} records had been read, the rest cannot be",
                    storage.describe(offset.key()), offset.position().records());
            return false;
        }
        if (object.get().etag().equals(offset.etag())) {
            current = cursor(object.get(), offset.position());
            log.info("Resuming {} after record {}", storage.describe(offset.key()), offset.position().records());
        } else {
            log.warn("{} changed (version {}, now {}) after {} records of it had been read: reading the new "
                            + "version from its start", storage.describe(offset.key()), offset.etag(),
                    object.get().etag(), offset.position().records());
            current = cursor(object.get(), ReadPosition.START);
        }
        return true;
    }

    private Optional<StorageObject> nextListed() {
        while (listed.isEmpty()) {
            List<StorageObject> page = storage.list(partition.prefix(), watermark, LIST_PAGE_SIZE);
            for (StorageObject object : page) {
                watermark = object.key();
                if (listing.selects(object.key(), object.size())) {
                    listed.add(object);
                }
            }
            if (page.size() < LIST_PAGE_SIZE) {
                break;
            }
        }
        return Optional.ofNullable(listed.poll());
    }

    private void restartWithCurrentVersion(String key, long recordsRead) {
        current.close();
        current = null;
        Optional<StorageObject> latest = storage.stat(key);
        if (latest.isEmpty()) {
            log.warn("{} was deleted after it was listed, when {} of its records had been read",
                    storage.describe(key), recordsRead);
            return;
        }
        log.warn("{} was overwritten after it was listed, when {} of its records had been read: reading its new "
                + "version ({}) from its start", storage.describe(key), recordsRead, latest.get().etag());
        current = cursor(latest.get(), ReadPosition.START);
    }

    private ObjectCursor cursor(StorageObject object, ReadPosition start) {
        return new ObjectCursor(contents.of(object), format, object, start);
    }

    private void finishObject() {
        log.debug("Finished {} after {} records", describeCurrent(), current.position().records());
        current.close();
        current = null;
    }

    private String describeCurrent() {
        return storage.describe(current.object().key());
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
        }
    }
}
