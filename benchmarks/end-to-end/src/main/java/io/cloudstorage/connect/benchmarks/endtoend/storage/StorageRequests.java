package io.cloudstorage.connect.benchmarks.endtoend.storage;

import java.util.List;
import java.util.Locale;

import io.cloudstorage.connect.locals3.proxy.ProxiedRequest;
import io.cloudstorage.connect.locals3.proxy.RequestMatcher;

/**
 * The requests a contender made of the S3 server during a run, by kind: what its cost on a store that bills and
 * throttles per request would be.
 *
 * @param other requests of no kind above (bucket-level GETs other than listings, PUTs, ...), counted so that
 *              none goes unreported
 */
public record StorageRequests(long listings, long objectGets, long heads, long other) {

    private static final RequestMatcher LISTINGS = RequestMatcher.listings();
    private static final RequestMatcher OBJECT_GETS = RequestMatcher.objectReads();
    private static final RequestMatcher HEADS = RequestMatcher.heads();

    /** Sorts the requests a proxy logged by the same kinds its fault rules select. */
    public static StorageRequests count(List<ProxiedRequest> requests) {
        long listings = 0;
        long objectGets = 0;
        long heads = 0;
        long other = 0;
        for (ProxiedRequest proxied : requests) {
            if (LISTINGS.matches(proxied.request())) {
                listings++;
            } else if (OBJECT_GETS.matches(proxied.request())) {
                objectGets++;
            } else if (HEADS.matches(proxied.request())) {
                heads++;
            } else {
                other++;
            }
        }
        return new StorageRequests(listings, objectGets, heads, other);
    }

    public long total() {
        return listings + objectGets + heads + other;
    }

    /** As the results' note says it, e.g. {@code storage requests: 102 (2 listings, 100 object GETs, 0 HEADs)}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "storage requests: %,d (%,d listings, %,d object GETs, %,d HEADs%s)",
                total(), listings, objectGets, heads, other == 0 ? "" : String.format(Locale.ROOT, ", %,d other",
                        other));
    }
}
