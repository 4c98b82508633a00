package io.cloudstorage.connect.source.afterread;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cloudstorage.connect.source.config.AfterRead;
import io.cloudstorage.connect.source.config.AfterReadConfig;
import io.cloudstorage.connect.source.config.CloudStorageSourceConfig;
import io.cloudstorage.connect.source.offset.SourceOffset;
import io.cloudstorage.connect.source.reading.ReadProgress;
import io.cloudstorage.connect.source.retry.Backoff;
import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.RetriableStorageException;
import io.cloudstorage.connect.spi.storage.StorageException;
import io.cloudstorage.connect.spi.storage.StorageObject;

/**
 * Takes the configured {@code after.read} action on each object once Connect acknowledged all its records. Actions
 * run one at a time on a thread of their own, so that neither the producer's thread (where Connect acknowledges
 * records) nor {@code poll()} waits for storage requests. Failures that may heal are retried with backoff; others
 * fail the task at its next poll.
 */
public final class AfterReadActions implements AutoCloseable {

    /** How long closing waits for the actions already due, which are quick requests. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

    private static final Logger log = LoggerFactory.getLogger(AfterReadActions.class);

    private final ObjectStorage storage;
    private final AfterReadConfig config;
    private final List<String> readPrefixes;
    private final Backoff backoff;
    private final ExecutorService executor;
    private final ObjectCompletions completions = new ObjectCompletions(this::submit);
    private volatile ConnectException failure;

    AfterReadActions(ObjectStorage storage, AfterReadConfig config, List<String> readPrefixes, Backoff backoff,
                     String threadName) {
        this.storage = storage;
        this.config = config;
        this.readPrefixes = List.copyOf(readPrefixes);
        this.backoff = backoff;
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The actions of a task, or nothing if {@code after.read=none}. */
    public static Optional<AfterReadActions> of(CloudStorageSourceConfig config, ObjectStorage storage,
                                                String taskName) {
        if (config.afterRead().choice() == AfterRead.NONE) {
            return Optional.empty();
        }
        Backoff backoff = new Backoff(config.reliability().initialBackoff(), config.reliability().maxBackoff());
        return Optional.of(new AfterReadActions(storage, config.afterRead(), config.listing().prefixes(), backoff,
                "after-read-" + taskName));
    }

    /** Where the task's readers say which records come from which object. */
    public ReadProgress progress() {
        return completions;
    }

    /** Connect acknowledged {@code record}. */
    public void acknowledged(SourceRecord record) {
        completions.acknowledged(record);
    }

    /** @throws ConnectException if an action failed in a way that will not heal */
    public void checkHealthy() {
        ConnectException failed = failure;
        if (failed != null) {
            throw failed;
        }
    }

    /**
     * Takes the action again on the object a stored offset says was read to its end, if it is still there in that
     * version: a crash may have come between its last record and its action.
     */
    public void repeatFor(SourceOffset offset) {
        executor.execute(() -> actUntilDone(offset.key(), () -> storage.stat(offset.key())
                .filter(object -> object.etag().equals(offset.etag())).map(this::act).orElse(true)));
    }

    private void submit(StorageObject object) {
        executor.execute(() -> actUntilDone(object.key(), () -> act(object)));
    }

    /** @param action takes the action on the object with this key; false if it changed since it was read */
    private void actUntilDone(String key, BooleanSupplier action) {
        while (failure == null) {
            try {
                if (!action.getAsBoolean()) {
                    log.warn("{} changed since it was read: left as it is instead of '{}' (after.read)",
                            storage.describe(key), config.choice().configValue());
                }
                backoff.reset();
                return;
            } catch (RetriableStorageException e) {
                Duration wait = backoff.nextWait();
                log.warn("'{}' of {} failed ({} failures in a row); trying again in {} ms: {}",
                        config.choice().configValue(), storage.describe(key), backoff.failures(),
                        wait.toMillis(), e.getMessage());
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            } catch (StorageException | UnsupportedOperationException e) {
                failure = new ConnectException("Cannot " + config.choice().configValue() + " "
                        + storage.describe(key) + " after reading it (after.read="
                        + config.choice().configValue() + "): " + e.getMessage(), e);
            }
        }
    }

    private boolean act(StorageObject object) {
        return switch (config.choice()) {
            case DELETE -> storage.delete(object);
            case MOVE -> storage.move(object, config.moveBucket().orElse(storage.bucket()), movedKey(object.key()));
            case TAG -> storage.tag(object, config.tags());
            case NONE -> true;
        };
    }

    /** The key with the whitelisted prefix it was read under replaced by the move prefix. */
    String movedKey(String key) {
        String readPrefix = readPrefixes.stream().filter(key::startsWith).findFirst().orElse("");
        return config.movePrefix() + key.substring(readPrefix.length());
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
                log.warn("Stopped with after-read actions still due; the objects they concern stay in place");
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
