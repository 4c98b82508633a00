package io.cloudstorage.connect.source.reading;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cloudstorage.connect.source.config.ListingConfig;
import io.cloudstorage.connect.source.metrics.TaskMetrics;
import io.cloudstorage.connect.source.offset.ArrivalProgress;
import io.cloudstorage.connect.source.offset.SourceOffset;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.StorageObject;

/**
 * Reads a prefix in order of last-modified time, whatever the keys. Each listing reads the whole prefix and keeps
 * the earliest objects not yet done; the watermark then moves to the earlier of the oldest of those and "now minus
 * the lateness", so that it never passes an object still to be read, and the versions done after the watermark
 * are remembered (in the offset) until it passes them. An object is thus read exactly once if it becomes visible
 * no later than the lateness after its last-modified time.
 */
final class ArrivalOrderListing extends QueuedListing {

    /** The most objects kept from one listing; the next listing finds the others. */
    static final int MAX_LISTED = 10_000;
    /** Beyond this many remembered versions the offset approaches a Kafka message's default size limit. */
    static final int LARGE_DONE_SET = 20_000;

    private static final Logger log = LoggerFactory.getLogger(ArrivalOrderListing.class);
    private static final Comparator<StorageObject> ARRIVAL_ORDER =
            Comparator.comparing(StorageObject::lastModified).thenComparing(StorageObject::key);

    private final ListingConfig listing;
    private final Clock clock;
    private ArrivalProgress progress;
    private boolean warnedLarge;

    ArrivalOrderListing(String prefix, ObjectStorage storage, ListingConfig listing, Clock clock,
                        TaskMetrics metrics, ArrivalProgress progress) {
        super(prefix, storage, metrics);
        this.listing = listing;
        this.clock = clock;
        this.progress = progress;
    }

    @Override
    protected void refill() {
        TreeSet<StorageObject> earliest = new TreeSet<>(ARRIVAL_ORDER);
        String after = null;
        List<StorageObject> page;
        do {
            page = listPage(after);
            for (StorageObject object : page) {
                after = object.key();
                if (listing.selects(object.key(), object.size()) && !progress.isDone(object)) {
                    earliest.add(object);
                    if (earliest.size() > MAX_LISTED) {
                        earliest.pollLast();
                    }
                }
            }
        } while (page.size() == LIST_PAGE_SIZE);
        Instant horizon = clock.instant().minus(listing.lateness());
        Instant watermark = earliest.isEmpty() || horizon.isBefore(earliest.first().lastModified()) ? horizon
                : earliest.first().lastModified();
        progress = progress.advancedTo(watermark);
        earliest.forEach(this::queue);
    }

    @Override
    public SourceOffset offset(StorageObject object, ReadPosition position, boolean objectComplete) {
        ArrivalProgress done = objectComplete ? progress.withDone(object) : progress;
        return new SourceOffset(object.key(), object.etag(), position, objectComplete, Optional.of(done));
    }

    /** Nothing to do: each listing reads the whole prefix, and finds the object under its final name. */
    @Override
    public void vanished(StorageObject object) {
    }

    @Override
    public void finished(StorageObject object) {
        progress = progress.withDone(object);
        if (progress.doneCount() > LARGE_DONE_SET && !warnedLarge) {
            warnedLarge = true;
            log.warn("{}: {} objects read in arrival order are remembered in the offset ({}), which makes it large: "
                            + "lower {} if objects appear sooner after they are written",
                    storage.describe(prefix), progress.doneCount(), progress, ListingConfig.ORDERING_LATENESS_MS);
        }
    }
}
