package io.cloudstorage.connect.locals3.proxy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A fault scheduled for the requests a matcher selects: the next few of them, or all of them until cleared. */
public final class FaultRule {

    private static final int UNLIMITED = -1;

    private final RequestMatcher matcher;
    private final Fault fault;
    private final AtomicInteger left;
    private final AtomicInteger applied = new AtomicInteger();
    private final CountDownLatch cleared = new CountDownLatch(1);

    private FaultRule(RequestMatcher matcher, Fault fault, int times) {
        this.matcher = matcher;
        this.fault = fault;
        this.left = new AtomicInteger(times);
    }

    static FaultRule next(int times, RequestMatcher matcher, Fault fault) {
        if (times <= 0) {
            throw new IllegalArgumentException("A fault applies to at least one request, not " + times);
        }
        return new FaultRule(matcher, fault, times);
    }

    static FaultRule untilCleared(RequestMatcher matcher, Fault fault) {
        return new FaultRule(matcher, fault, UNLIMITED);
    }

    public Fault fault() {
        return fault;
    }

    /** How many requests this fault was applied to so far. */
    public int applied() {
        return applied.get();
    }

    /** Ends the fault: it applies to no more requests, and requests it stalls go on. */
    public void clear() {
        cleared.countDown();
    }

    /** Takes {@code request} for this fault if it matches and the fault still applies. */
    boolean claim(S3Request request) {
        if (cleared.getCount() == 0 || !matcher.matches(request)) {
            return false;
        }
        boolean claimed = left.get() == UNLIMITED || left.getAndUpdate(n -> Math.max(n - 1, 0)) > 0;
        if (claimed) {
            applied.incrementAndGet();
        }
        return claimed;
    }

    /** Waits until the rule is cleared, or for {@code atMost}. */
    void awaitCleared(Duration atMost) throws InterruptedException {
        if (atMost.equals(Fault.BodyFault.UNTIL_CLEARED)) {
            cleared.await();
        } else {
            cleared.await(atMost.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public String toString() {
        return fault + " on " + (left.get() == UNLIMITED ? "all " : "the next " + left.get() + " ") + matcher;
    }
}
