package io.cloudstorage.connect.source.reading;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Lets a polling thread wait for work without missing a request to stop. */
public class StopSignal {

    private final CountDownLatch stopped = new CountDownLatch(1);

    /**
     * Waits until {@code timeout} has passed or {@link #stop()} is called.
     *
     * @return whether stop was requested
     */
    public boolean await(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    public void stop() {
        stopped.countDown();
    }

    public boolean isStopped() {
        return stopped.getCount() == 0;
    }
}
