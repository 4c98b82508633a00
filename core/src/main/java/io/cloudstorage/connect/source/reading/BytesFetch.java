package io.cloudstorage.connect.source.reading;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fetch of some bytes of an object (its first ones, or a range), on a read-ahead thread. Whoever comes first
 * claims it: the thread, which then makes the request, or the reader, which then makes the request itself rather
 * than wait for a thread. So the bytes are requested once either way (twice only if the fetch failed or was
 * dropped while under way).
 */
final class BytesFetch<T> {

    private static final Logger log = LoggerFactory.getLogger(BytesFetch.class);

    private final String what;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CompletableFuture<T> result;

    /**
     * @param what  the bytes fetched, for the log: an object's key, with the range if it is one
     * @param fetch makes the request and holds the bytes: in an array of their own, or in a buffer around one
     */
    BytesFetch(String what, Callable<T> fetch, Executor executor) {
        this.what = what;
        this.result = CompletableFuture.supplyAsync(() -> claimed.compareAndSet(false, true) ? call(fetch) : null,
                executor);
    }

    private static <T> T call(Callable<T> fetch) {
        try {
            return fetch.call();
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    /**
     * The bytes, waiting for a fetch under way; empty if the fetch had not started (it never will), or failed
     * (requesting them again then reports the failure where it is handled).
     */
    Optional<T> take() {
        if (claimed.compareAndSet(false, true)) {
            return Optional.empty();
        }
        try {
            return Optional.of(result.get());
        } catch (ExecutionException e) {
            log.debug("Fetching {} ahead failed; it is requested again: {}", what, e.getCause().toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The bytes will not be taken: a fetch that has not started never does. */
    void drop() {
        claimed.set(true);
    }

    /** Runs {@code action} once the fetch has ended, whether it fetched, failed, or was never made. */
    void whenDone(Runnable action) {
        result.whenComplete((bytes, error) -> action.run());
    }
}
