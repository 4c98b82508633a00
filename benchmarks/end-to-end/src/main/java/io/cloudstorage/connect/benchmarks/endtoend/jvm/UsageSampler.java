package io.cloudstorage.connect.benchmarks.endtoend.jvm;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Measures a JVM over an interval: its CPU time from start to stop, and its peak heap, sampled every 100 ms from
 * the heap in use and from the heap that each collection started with.
 */
public final class UsageSampler implements AutoCloseable {

    private static final long INTERVAL_MILLIS = 100;

    private final JvmProbe probe;
    private final long cpuAtStart;
    /** Collections that ended before the interval: their heap is not its peak. */
    private final Set<JvmProbe.Collection> before;
    private final AtomicLong peakHeap = new AtomicLong();
    private final AtomicReference<IOException> failure = new AtomicReference<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "jvm-usage-sampler");
        thread.setDaemon(true);
        return thread;
    });

    private UsageSampler(JvmProbe probe) throws IOException {
        this.probe = probe;
        this.before = new HashSet<>(probe.lastCollections());
        this.cpuAtStart = probe.processCpuNanos();
    }

    public static UsageSampler start(JvmProbe probe) throws IOException {
        UsageSampler usage = new UsageSampler(probe);
        usage.sampler.scheduleAtFixedRate(usage::sample, 0, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        return usage;
    }

    /** Ends the interval. */
    public JvmUsage stop() throws IOException {
        sampler.shutdownNow();
        sample();
        if (failure.get() != null) {
            throw failure.get();
        }
        return new JvmUsage(peakHeap.get(), (probe.processCpuNanos() - cpuAtStart) / 1e9);
    }

    private void sample() {
        try {
            long seen = probe.heapUsed();
            for (JvmProbe.Collection collection : probe.lastCollections()) {
                if (!before.contains(collection)) {
                    seen = Math.max(seen, collection.heapBefore());
                }
            }
            peakHeap.accumulateAndGet(seen, Math::max);
        } catch (IOException e) {
            failure.compareAndSet(null, e);
        }
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
