package io.cloudstorage.connect.source.planning;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import io.cloudstorage.connect.source.offset.SourcePartition;
import io.cloudstorage.connect.source.retry.Backoff;

/**
 * Re-discovers the source partitions on one named background thread and tells the connector when they change.
 * Storage failures are logged and retried with backoff; they never reach the worker. Only a discovery that
 * cannot succeed without a configuration change (too many partitions) is reported as a failure.
 */
public final class PartitionMonitor implements AutoCloseable {

    /** What the connector does with the monitor's findings. */
    public interface Listener {

        void partitionsChanged(List<SourcePartition> partitions);

        void failed(RuntimeException error);
    }

    private static final Logger log = LoggerFactory.getLogger(PartitionMonitor.class);
    private static final int PARTITIONS_NAMED_IN_LOGS = 10;

    private final PartitionDiscovery discovery;
    private final Duration interval;
    private final Backoff backoff;
    private final Listener listener;
    private final ScheduledExecutorService executor;
    private final Map<String, String> loggingContext;

    private List<SourcePartition> known = List.of();
    private Map<String, Long> reportedObjectsAboveDepth = Map.of();
    private volatile Thread thread;

    public PartitionMonitor(PartitionDiscovery discovery, Duration interval, Backoff backoff, Listener listener,
                            String threadName) {
        this.discovery = discovery;
        this.interval = interval;
        this.backoff = backoff;
        this.listener = listener;
        this.loggingContext = MDC.getCopyOfContextMap();
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread created = new Thread(runnable, threadName);
            created.setDaemon(true);
            thread = created;
            return created;
        });
    }

    /**
     * Discovers the partitions now, on the caller's thread, without telling the listener.
     *
     * @throws io.cloudstorage.connect.spi.storage.StorageException if listing fails
     * @throws TooManyPartitionsException if there are more partitions than allowed
     */
    public synchronized List<SourcePartition> discoverNow() {
        PartitionDiscovery.Result result = discovery.discover();
        reportObjectsAboveDepth(result.objectsAboveDepth());
        known = result.partitions();
        return known;
    }

    /** Starts discovering every interval. */
    public void start() {
        schedule(interval);
    }

    private void schedule(Duration delay) {
        try {
            executor.schedule(this::discoverInBackground, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("Not scheduling prefix discovery: the monitor is closed");
        }
    }

    private void discoverInBackground() {
        if (loggingContext != null) {
            MDC.setContextMap(loggingContext);
        }
        try {
            List<SourcePartition> before;
            List<SourcePartition> after;
            synchronized (this) {
                before = known;
                after = discoverNow();
            }
            backoff.reset();
            if (!after.equals(before)) {
                logChange(before, after);
                listener.partitionsChanged(after);
            }
            schedule(interval);
        } catch (TooManyPartitionsException e) {
            log.error("{}", e.getMessage());
            listener.failed(e);
        } catch (RuntimeException e) {
            Duration wait = backoff.nextWait();
            log.warn("Could not discover prefixes in bucket {} ({} failures in a row); trying again in {} ms: {}",
                    bucketOf(), backoff.failures(), wait.toMillis(), e.getMessage());
            log.debug("Prefix discovery failure", e);
            schedule(wait);
        }
    }

    private String bucketOf() {
        return known.isEmpty() ? "(none discovered yet)" : known.get(0).bucket();
    }

    private void logChange(List<SourcePartition> before, List<SourcePartition> after) {
        List<SourcePartition> added = after.stream().filter(p -> !before.contains(p)).toList();
        List<SourcePartition> removed = before.stream().filter(p -> !after.contains(p)).toList();
        log.info("Prefix discovery found {} source partitions ({} new: {}; {} gone: {}); reconfiguring the tasks",
                after.size(), added.size(), named(added), removed.size(), named(removed));
    }

    private static String named(List<SourcePartition> partitions) {
        return partitions.stream().limit(PARTITIONS_NAMED_IN_LOGS).map(SourcePartition::prefix)
                .collect(Collectors.joining(", ", "[", partitions.size() > PARTITIONS_NAMED_IN_LOGS ? ", ...]" : "]"));
    }

    private void reportObjectsAboveDepth(Map<String, Long> objectsAboveDepth) {
        if (!objectsAboveDepth.isEmpty() && !objectsAboveDepth.equals(reportedObjectsAboveDepth)) {
            log.warn("Objects directly under these prefixes lie above prefix.discovery.depth, belong to no source "
                    + "partition and are not read (prefix=count): {}", objectsAboveDepth);
        }
        reportedObjectsAboveDepth = objectsAboveDepth;
    }

    /**
     * Stops the thread; a discovery in progress is interrupted and waited for at most a second. The executor counts
     * as terminated while its thread is still exiting, so the thread itself is waited for too.
     */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            Thread running = thread;
            if (!executor.awaitTermination(1, TimeUnit.SECONDS) || !joined(running)) {
                log.warn("Prefix discovery did not stop within a second; its thread ends when the listing returns");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean joined(Thread running) throws InterruptedException {
        if (running != null) {
            running.join(TimeUnit.SECONDS.toMillis(1));
        }
        return running == null || !running.isAlive();
    }
}
