package io.cloudstorage.connect.source.reading;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cloudstorage.connect.spi.storage.StorageObject;

/**
 * The fetch of one object's first bytes, on a read-ahead thread. Whoever comes first claims it: the thread, which
 * then makes the request, or the reader, which then opens the object itself rather than wait for a thread. So an
 * object is requested once either way (twice only if its fetch failed or it was passed over while under way).
 */
final class HeadFetch {

    private static final Logger log = LoggerFactory.getLogger(HeadFetch.class);

    private final StorageObject object;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final Future<byte[]> result;

    HeadFetch(StorageObject object, Callable<byte[]> fetch, ExecutorService executor) {
        this.object = object;
        this.result = executor.submit(() -> claimed.compareAndSet(false, true) ? fetch.call() : null);
    }

    /**
     * The object's first bytes, waiting for a fetch under way; empty if the fetch had not started (it never will),
     * or failed (opening the object again then reports the failure where it is handled).
     */
    Optional<byte[]> take() {
        if (claimed.compareAndSet(false, true)) {
            return Optional.empty();
        }
        try {
            return Optional.of(result.get());
        } catch (ExecutionException e) {
            log.debug("Fetching {} ahead failed; it is opened again: {}", object.key(), e.getCause().toString());
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
}
