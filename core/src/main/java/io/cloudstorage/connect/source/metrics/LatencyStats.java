package io.cloudstorage.connect.source.metrics;

import java.time.Duration;

/** How long an operation took: how often it ran, on average and at most. Thread-safe. */
final class LatencyStats {

    private long count;
    private long totalNanos;
    private long maxNanos;

    synchronized void record(Duration duration) {
        long nanos = duration.toNanos();
        count++;
        totalNanos += nanos;
        maxNanos = Math.max(maxNanos, nanos);
    }

    synchronized long count() {
        return count;
    }

    synchronized double averageMillis() {
        return count == 0 ? 0 : totalNanos / 1e6 / count;
    }

    synchronized double maxMillis() {
        return maxNanos / 1e6;
    }
}
