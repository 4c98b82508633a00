package io.cloudstorage.connect.source.retry;

import java.time.Duration;

/** Waits that double with each failure in a row, from an initial wait up to a maximum. Not thread-safe. */
public final class Backoff {

    private final Duration initial;
    private final Duration max;
    private Duration next;
    private int failures;

    public Backoff(Duration initial, Duration max) {
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("The initial wait must be positive, not " + initial);
        }
        this.initial = initial;
        this.max = max.compareTo(initial) < 0 ? initial : max;
        this.next = initial;
    }

    /** The wait after one more failure. */
    public Duration nextWait() {
        Duration wait = next;
        failures++;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return wait;
    }

    /** Failures in a row since the last success. */
    public int failures() {
        return failures;
    }

    public void reset() {
        next = initial;
        failures = 0;
    }
}
