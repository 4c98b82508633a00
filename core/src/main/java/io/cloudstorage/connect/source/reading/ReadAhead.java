package io.cloudstorage.connect.source.reading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
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
 * Fetches on threads of its own what a task will read next: the first bytes of the next objects, so that the
 * requests for many small objects overlap instead of following one another, and the next ranges of a large object,
 * so that several requests share its reading. It only fetches: which object is read, and when, is still the
 * partition readers' business, and a fetch that failed is simply not used (the reader then makes the request itself
 * and meets the failure as it would have).
 */
final class ReadAhead implements AutoCloseable {

    private static final Duration IDLE_THREAD_LIFETIME = Duration.ofSeconds(30);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ObjectStorage storage;
    private final TaskMetrics metrics;
    private final int objects;
    private final int bytesPerObject;
    private final int ranges;
    private final int rangeBytes;
    private final RangeBuffers rangeBuffers;
    private final ThreadPoolExecutor executor;

    /** Reads nothing ahead for formats that read objects by position rather than from their start. */
    ReadAhead(ReadAheadConfig config, RecordFormat format, ObjectStorage storage, TaskMetrics metrics) {
        this.storage = storage;
        this.metrics = metrics;
        this.objects = format.needsStoredBytes() ? 0 : config.objects();
        this.bytesPerObject = config.bytes();
        this.ranges = format.needsStoredBytes() ? 0 : config.ranges();
        this.rangeBytes = config.rangeBytes();
        this.rangeBuffers = new RangeBuffers(ranges, rangeBytes);
        int threads = Math.max(1, objects + ranges);
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

    BytesFetch<byte[]> fetch(StorageObject object) {
        return new BytesFetch<>(object.key(), () -> head(object), executor);
    }

    /** The object's first bytes, at most {@link ReadAheadConfig#bytes()}, with a request for just those. */
    private byte[] head(StorageObject object) throws IOException {
        return readRange(object, 0, (int) Math.min(object.size(), bytesPerObject));
    }

    /**
     * The object's stored bytes from {@code position}: in ranges requested side by side if more than a range is
     * left and the task fetches ranges, else with one request.
     */
    InputStream open(StorageObject object, long position) {
        if (ranges == 0 || object.size() - position <= rangeBytes) {
            return openTimed(object, position, object.size() - position);
        }
        return new RangedStream(position, object.size(), rangeBytes, new ObjectRanges(object));
    }

    /** The request for a range, the time to open it counted into the task's metrics. */
    private InputStream openTimed(StorageObject object, long position, long length) {
        long started = System.nanoTime();
        InputStream stored = storage.open(object, position, length);
        metrics.contentOpened(Duration.ofNanos(System.nanoTime() - started));
        return stored;
    }

    private byte[] readRange(StorageObject object, long position, int length) throws IOException {
        byte[] bytes = new byte[length];
        int read = readRange(object, position, length, bytes);
        return read == length ? bytes : Arrays.copyOf(bytes, read);
    }

    /**
     * Straight into {@code buffer}: {@link InputStream#readNBytes(int)} would gather the bytes in 8 KiB pieces, each a
     * read through the storage client's streams, and copy them all once more.
     *
     * @return how many bytes were read: fewer than {@code length} if the stored bytes ended sooner
     */
    private int readRange(StorageObject object, long position, int length, byte[] buffer) throws IOException {
        try (InputStream in = openTimed(object, position, length)) {
            return in.readNBytes(buffer, 0, length);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** The ranges of one object, fetched ahead within the task's budget of {@link ReadAheadConfig#ranges()}. */
    private final class ObjectRanges implements RangedStream.Ranges {

        private final StorageObject object;

        ObjectRanges(StorageObject object) {
            this.object = object;
        }

        @Override
        public InputStream open(long position, long length) {
            return openTimed(object, position, length);
        }

        @Override
        public Optional<RangedStream.RangeFetch> fetch(long position, int length) {
            Optional<byte[]> buffer = rangeBuffers.take();
            if (buffer.isEmpty()) {
                return Optional.empty();
            }
            byte[] into = buffer.get();
            BytesFetch<ByteBuffer> bytes = new BytesFetch<>(object.key() + " bytes " + position + "-"
                    + (position + length - 1),
                    () -> ByteBuffer.wrap(into, 0, readRange(object, position, length, into)), executor);
            return Optional.of(new RangedStream.RangeFetch(bytes, () -> rangeBuffers.giveBack(into)));
        }
    }
}
