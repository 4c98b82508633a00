package io.cloudstorage.connect.source.reading;

import java.util.List;

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
final class KeyOrderListing extends QueuedListing {

    private final ListingConfig listing;
    private String watermark;
    /** The last key handed out, and the one before it: where to list again from if the last one vanished. */
    private String handedOut;
    private String beforeHandedOut;
    private String vanishedBefore;

    /** @param watermark the last key read, or {@code null} to start at the first */
    KeyOrderListing(String prefix, ObjectStorage storage, ListingConfig listing, TaskMetrics metrics,
                    String watermark) {
        super(prefix, storage, metrics);
        this.listing = listing;
        this.watermark = watermark;
        this.handedOut = watermark;
    }

    @Override
    protected void refill() {
        List<StorageObject> page;
        do {
            page = listPage(watermark);
            for (StorageObject object : page) {
                watermark = object.key();
                if (listing.selects(object.key(), object.size())) {
                    queue(object);
                }
            }
        } while (nothingQueued() && page.size() == LIST_PAGE_SIZE);
    }

    @Override
    protected void handingOut(StorageObject object) {
        beforeHandedOut = handedOut;
        handedOut = object.key();
    }

    @Override
    public void vanished(StorageObject object) {
        if (object.key().equals(vanishedBefore) || !object.key().equals(handedOut)) {
            return;
        }
        vanishedBefore = object.key();
        close();
        watermark = beforeHandedOut;
        handedOut = beforeHandedOut;
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
