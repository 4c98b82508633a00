package io.cloudstorage.connect.source.reading;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cloudstorage.connect.source.config.ChangedObjectPolicy;
import io.cloudstorage.connect.source.config.ListingConfig;
import io.cloudstorage.connect.source.config.ReadOrder;
import io.cloudstorage.connect.source.config.ReliabilityConfig;
import io.cloudstorage.connect.source.offset.ArrivalProgress;
import io.cloudstorage.connect.source.offset.OffsetCodec;
import io.cloudstorage.connect.source.offset.SourceOffset;
import io.cloudstorage.connect.source.offset.SourcePartition;
import io.cloudstorage.connect.source.record.InvalidRecordException;
import io.cloudstorage.connect.source.retry.Backoff;
import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.MalformedDataException;
import io.cloudstorage.connect.spi.format.MalformedRecord;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.storage.ObjectMissingException;
import io.cloudstorage.connect.spi.storage.ObjectModifiedException;
import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.StorageObject;

/**
 * Reads one source partition: takes its objects one after the other in the order of its {@link ObjectListing},
 * resuming first the object its stored offset was in the middle of. Keeps one open object in memory.
 */
final class PartitionReader implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PartitionReader.class);

    private final SourcePartition partition;
    private final Map<String, Object> partitionMap;
    private final ReadingContext context;
    private final ObjectStorage storage;
    private final ListingConfig listingConfig;
    private final ObjectListing listing;
    private final Backoff backoff;
    private final BadDataHandler badData;
    private final ChangedObjectPolicy changedObjects;
    private final PartitionReadAhead readAhead;

    private SourceOffset unfinished;
    private ObjectCursor current;
    private ObjectRoute route;
    private Instant readyAt = Instant.MIN;

    /**
     * @param stored    the partition's stored offset, or {@code null} to read it from its first object
     * @param readAhead what the partition may fetch ahead of the object it reads
     */
    PartitionReader(SourcePartition partition, SourceOffset stored, ReadingContext context,
                    PartitionReadAhead readAhead) {
        this.partition = partition;
        this.partitionMap = OffsetCodec.toMap(partition);
        this.context = context;
        this.storage = context.storage();
        this.listingConfig = context.config().listing();
        this.listing = listing(partition, stored, context);
        this.backoff = context.newBackoff();
        this.badData = new BadDataHandler(context.config().errors(), context.records(), storage, context.metrics(),
                partitionMap, listing);
        this.changedObjects = context.config().reliability().changedObjectPolicy();
        this.unfinished = stored == null || stored.objectComplete() ? null : stored;
        this.readAhead = readAhead;
    }

    /**
     * @throws ConnectException if the stored offset was written for key order and arrival order is configured: what
     *                          was read before cannot be told from what was not
     */
    private static ObjectListing listing(SourcePartition partition, SourceOffset stored, ReadingContext context) {
        ListingConfig config = context.config().listing();
        if (config.order() == ReadOrder.LEXICAL) {
            return new KeyOrderListing(partition.prefix(), context.storage(), config, context.metrics(),
                    stored == null ? null : stored.key());
        }
        if (stored != null && stored.arrival().isEmpty()) {
            throw new ConnectException("Source partition " + partition + " was read in lexical order so far (its "
                    + "offset is after " + stored.key() + "), which does not say which objects are done in arrival "
                    + "order. To switch to " + ListingConfig.ORDERING + "=" + ReadOrder.ARRIVAL.configValue()
                    + ", stop the connector and reset its offsets (DELETE /connectors/<name>/offsets) to read the "
                    + "prefix again, or go back to " + ReadOrder.LEXICAL.configValue());
        }
        return new ArrivalOrderListing(partition.prefix(), context.storage(), config, context.clock(),
                context.metrics(), stored == null ? ArrivalProgress.NONE : stored.arrival().orElseThrow());
    }

    SourcePartition partition() {
        return partition;
    }

    /** When this partition should be read next: now if it is reading, later if idle or backing off. */
    Instant readyAt() {
        return readyAt;
    }

    /**
     * Reads records of one object into {@code batch} until it is full, handling at most as many records as it has
     * room for (skipped ones included): up to the object's end, so that the caller can turn to another partition
     * between objects.
     *
     * @return whether anything happened: false if there was no object to read (the partition is then idle until
     *         the next listing)
     * @throws IOException if reading failed in a way that may heal; {@link #failed} then says when to retry
     * @throws ConnectException if the object cannot be read as the configured format
     */
    boolean read(PollBatch batch) throws IOException {
        if (current == null && !openNextObject()) {
            readyAt = context.clock().instant().plus(listingConfig.pollInterval());
            backoff.reset();
            return false;
        }
        try {
            if (route == null && !routeCurrent(batch)) {
                return true;
            }
            int max = batch.recordsLeft();
            for (int handled = 0; handled < max && !batch.isFull(); handled++) {
                ObjectRecord record = current.next();
                if (record == null) {
                    finishObject(true);
                    break;
                }
                Optional<SourceRecord> produced = produce(record);
                if (produced.isPresent()) {
                    context.progress().produced(produced.get(), current.object());
                    batch.add(produced.get());
                }
                if (record.last()) {
                    finishObject(true);
                    break;
                }
            }
        } catch (ObjectMissingException e) {
            log.warn("{} was deleted after it was listed, when {} of its records had been read; the rest of it "
                    + "cannot be read", describeCurrent(), current.position().records());
            StorageObject gone = current.object();
            boolean nothingRead = current.position().records() == 0;
            finishObject(false);
            if (nothingRead) {
                listing.vanished(gone);
            }
        } catch (ObjectModifiedException e) {
            restartWithCurrentVersion(current.object(), current.position().records());
        } catch (MalformedDataException e) {
            badData.unreadableObject(current.object(), current.position(), e.getMessage(), rootCauseClass(e))
                    .ifPresent(batch::add);
            finishObject(false);
        }
        // Only now, so that the first request of an object being read does not queue behind those read ahead.
        readAhead.ahead(listing.upcoming(readAhead.most()));
        backoff.reset();
        return true;
    }

    /** Finds the topic of the object about to be read; an object that has none is bad data as a whole. */
    private boolean routeCurrent(PollBatch batch) throws IOException {
        try {
            Map<String, String> userMetadata = context.config().metadata().metadataHeaders().isEmpty() ? Map.of()
                    : storage.userMetadata(current.object());
            route = context.records().route(current.object(), userMetadata);
            return true;
        } catch (InvalidRecordException e) {
            badData.unreadableObject(current.object(), current.position(), e.getMessage(),
                    InvalidRecordException.class.getName()).ifPresent(batch::add);
            finishObject(false);
            return false;
        }
    }

    /** The record to send for what was read: the record, a dead-letter record, or nothing if it is skipped. */
    private Optional<SourceRecord> produce(ObjectRecord read) {
        StorageObject object = current.object();
        if (read.result() instanceof MalformedRecord malformed) {
            return badData.badRecord(object, malformed.number(), malformed.next(), read.last(), malformed.raw(),
                    malformed.reason(), MalformedRecord.class.getName());
        }
        FormatRecord record = (FormatRecord) read.result();
        try {
            return Optional.of(context.records().create(partitionMap,
                    listing.offset(object, record.next(), read.last()), object, route, record));
        } catch (InvalidRecordException e) {
            return badData.badRecord(object, record.number(), record.next(), read.last(), bytesOf(record.value()),
                    e.getMessage(), InvalidRecordException.class.getName());
        }
    }

    /** A value that was read but cannot be sent, as bytes for the dead-letter topic. */
    private static byte[] bytesOf(Object value) {
        return value instanceof byte[] bytes ? bytes : String.valueOf(value).getBytes(StandardCharsets.UTF_8);
    }

    private static String rootCauseClass(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getName();
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
        readyAt = context.clock().instant().plus(wait);
        log.warn("Reading {} failed ({} failures in a row); trying again in {} ms: {}",
                current == null ? "source partition " + partition : describeCurrent(), backoff.failures(),
                wait.toMillis(), error.toString());
        return wait;
    }

    private boolean openNextObject() {
        if (unfinished != null && resumeUnfinished()) {
            return true;
        }
        Optional<StorageObject> next = listing.next();
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
        if (!object.get().etag().equals(offset.etag())) {
            return newVersion(object.get(), offset.etag(), offset.position().records());
        }
        current = cursor(object.get(), offset.position());
        log.info("Resuming {} after record {}", storage.describe(offset.key()), offset.position().records());
        return true;
    }

    private void restartWithCurrentVersion(StorageObject read, long recordsRead) {
        context.progress().abandoned(read);
        context.metrics().objectClosed(false);
        current.close();
        current = null;
        route = null;
        Optional<StorageObject> latest = storage.stat(read.key());
        if (latest.isEmpty()) {
            log.warn("{} was deleted after it was listed, when {} of its records had been read",
                    storage.describe(read.key()), recordsRead);
            return;
        }
        newVersion(latest.get(), read.etag(), recordsRead);
    }

    /**
     * Applies {@code changed.object.policy} to an object written again after {@code recordsRead} records of its
     * version {@code readEtag} were read.
     *
     * @return whether the new version is to be read
     */
    private boolean newVersion(StorageObject latest, String readEtag, long recordsRead) {
        boolean reread = changedObjects == ChangedObjectPolicy.REREAD;
        log.warn("{} was written again (version {}, now {}) after {} of its records had been read: {}",
                storage.describe(latest.key()), readEtag, latest.etag(), recordsRead,
                reread ? "reading the new version from its start" : "leaving the new version unread ("
                        + ReliabilityConfig.CHANGED_OBJECT_POLICY + "=" + changedObjects.configValue() + ")");
        if (reread) {
            current = cursor(latest, ReadPosition.START);
        } else {
            listing.finished(latest);
        }
        return reread;
    }

    private ObjectCursor cursor(StorageObject object, ReadPosition start) {
        route = null;
        context.metrics().objectOpened();
        Optional<byte[]> fetchedHead = start.equals(ReadPosition.START) ? readAhead.take(object) : Optional.empty();
        return new ObjectCursor(context.contents().of(object, fetchedHead), context.format(), object, start);
    }

    /** @param readToEnd whether every record of the object was handed out or left out as bad data */
    private void finishObject(boolean readToEnd) {
        log.debug("Finished {} after {} records", describeCurrent(), current.position().records());
        badData.objectFinished(current.object());
        listing.finished(current.object());
        context.metrics().objectClosed(readToEnd);
        if (readToEnd) {
            context.progress().readToEnd(current.object());
        } else {
            context.progress().abandoned(current.object());
        }
        current.close();
        current = null;
        route = null;
    }

    private String describeCurrent() {
        return storage.describe(current.object().key());
    }

    @Override
    public void close() {
        readAhead.close();
        listing.close();
        if (current != null) {
            current.close();
            context.metrics().objectClosed(false);
        }
    }
}
