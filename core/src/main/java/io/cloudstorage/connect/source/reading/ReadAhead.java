package io.cloudstorage.connect.source.reading;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.cloudstorage.connect.source.config.ReadAheadConfig;
import io.cloudstorage.connect.source.metrics.TaskMetrics;
import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.StorageObject;

/**
 * Fetches the first bytes of the objects a task will read next, on threads of its own, so that the requests for
 * many small objects overlap instead of following one another. It only fetches: which object is read, and when, is
 * still the partition readers' business, and a fetch that failed is simply not used (the reader then opens the
 * object itself and meets the failure as it would have).
 */
final class ReadAhead implements AutoCloseable {

    private static final Duration IDLE_THREAD_LIFETIME = Duration.ofSeconds(30);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ObjectStorage storage;
    private final TaskMetrics metrics;
    private final int objects;
    private final int bytesPerObject;
    private final ThreadPoolExecutor executor;

    /** Reads nothing ahead for formats that read objects by position rather than from their start. */
    ReadAhead(ReadAheadConfig config, RecordFormat format, ObjectStorage storage, TaskMetrics metrics) {
        this.storage = storage;
        this.metrics = metrics;
        this.objects = format.needsStoredBytes() ? 0 : config.objects();
        this.bytesPerObject = config.bytes();
        int threads = Math.max(1, objects);
        this.executor = new ThreadPoolExecutor(threads, threads, IDLE_THREAD_LIFETIME.toMillis(),
                TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), daemonThreads());
        executor.allowCoreThreadTimeOut(true);
    }

    private static ThreadFactory daemonThreads() {
        return task -> {
            Thread thread = new Thread(task, "cloud-storage-read-ahead-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** What one of {@code partitions} source partitions of the task may fetch ahead: its share of the objects. */
    PartitionReadAhead forPartition(int partitions) {
        int share = objects == 0 ? 0 : Math.max(1, objects / Math.max(1, partitions));
        return new PartitionReadAhead(this, share);
    }

    HeadFetch fetch(StorageObject object) {
        return new HeadFetch(object, () -> head(object), executor);
    }

    /**
     * The object's first bytes, at most {@link ReadAheadConfig#bytes()}; an object that fits is read to its end,
     * so that its connection can serve another request.
     */
    private byte[] head(StorageObject object) throws IOException {
        try (InputStream in = StorageObjectContent.openTimed(storage, object, 0, metrics)) {
            boolean whole = object.size() <= bytesPerObject;
            byte[] head = in.readNBytes((int) Math.min(object.size(), bytesPerObject));
            if (whole) {
                in.read();
            }
            return head;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
