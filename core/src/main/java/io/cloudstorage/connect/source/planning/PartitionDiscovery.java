package io.cloudstorage.connect.source.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudstorage.connect.source.config.ListingConfig;
import io.cloudstorage.connect.source.offset.SourcePartition;
import io.cloudstorage.connect.spi.storage.KeyOrder;
import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.PrefixLevel;

/**
 * Finds the source partitions: the whitelisted prefixes themselves, or the prefixes a number of delimiter levels
 * below them. Discovery lists one level at a time with the delimiter, so its cost grows with the number of
 * prefixes, not of objects.
 */
public final class PartitionDiscovery {

    /**
     * @param partitions        in key order of their prefixes
     * @param objectsAboveDepth for each prefix above the discovery depth that directly holds objects, how many:
     *                          those objects belong to no source partition and are not read
     */
    public record Result(List<SourcePartition> partitions, Map<String, Long> objectsAboveDepth) {

        public Result {
            partitions = List.copyOf(partitions);
            objectsAboveDepth = Map.copyOf(objectsAboveDepth);
        }
    }

    private final ObjectStorage storage;
    private final ListingConfig listing;

    public PartitionDiscovery(ObjectStorage storage, ListingConfig listing) {
        this.storage = storage;
        this.listing = listing;
    }

    /** Whether the partitions are the whitelisted prefixes, fixed by the configuration. */
    public boolean isStatic() {
        return listing.discoveryDepth() == 0;
    }

    /**
     * @throws io.cloudstorage.connect.spi.storage.StorageException if listing fails
     * @throws TooManyPartitionsException if there are more than {@code prefix.discovery.max.prefixes}
     */
    public Result discover() {
        List<String> level = listing.prefixes();
        Map<String, Long> objectsAboveDepth = new LinkedHashMap<>();
        for (int depth = 0; depth < listing.discoveryDepth(); depth++) {
            List<String> next = new ArrayList<>();
            for (String prefix : level) {
                PrefixLevel children = storage.listLevel(prefix, listing.delimiter());
                next.addAll(children.childPrefixes());
                if (children.directObjects() > 0) {
                    objectsAboveDepth.put(prefix, children.directObjects());
                }
                checkCount(next.size());
            }
            level = next;
        }
        return new Result(level.stream().sorted(KeyOrder.COMPARATOR)
                .map(prefix -> new SourcePartition(storage.bucket(), prefix)).toList(), objectsAboveDepth);
    }

    private void checkCount(int count) {
        if (count > listing.maxDiscoveredPrefixes()) {
            throw new TooManyPartitionsException("Prefix discovery found more than " + listing.maxDiscoveredPrefixes()
                    + " prefixes (" + ListingConfig.MAX_DISCOVERED_PREFIXES + ") in bucket " + storage.bucket()
                    + " at " + ListingConfig.DISCOVERY_DEPTH + "=" + listing.discoveryDepth() + " under "
                    + listing.prefixes() + ": lower the depth, narrow " + ListingConfig.PREFIX_WHITELIST
                    + " or raise the limit");
        }
    }

    static Comparator<SourcePartition> order() {
        return Comparator.comparing(SourcePartition::prefix, KeyOrder.COMPARATOR);
    }
}
