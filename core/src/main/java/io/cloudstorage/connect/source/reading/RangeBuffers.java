package io.cloudstorage.connect.source.reading;

import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A task's buffers for the ranges it fetches ahead, as many as it may hold, each made on first need and used again
 * for range after range. A range's bytes live from its fetch until the task has read them, long enough to be copied
 * from one heap space to another by the collector; and a buffer of a range's size is a humongous object for G1
 * under the usual region sizes. Buffers kept for the task's life cost neither.
 */
final class RangeBuffers {

    private final int count;
    private final int bytes;
    private final Queue<byte[]> free = new ConcurrentLinkedQueue<>();
    private final AtomicInteger made = new AtomicInteger();

    /**
     * @param count how many buffers: the most ranges the task holds
     * @param bytes the size of each
     */
    RangeBuffers(int count, int bytes) {
        this.count = count;
        this.bytes = bytes;
    }

    /** A buffer for a range, or empty if all of them are taken. */
    Optional<byte[]> take() {
        byte[] buffer = free.poll();
        if (buffer != null) {
            return Optional.of(buffer);
        }
        if (made.getAndUpdate(n -> n < count ? n + 1 : n) < count) {
            return Optional.of(new byte[bytes]);
        }
        return Optional.ofNullable(free.poll());
    }

    /** Gives a buffer back once nothing reads or writes it any more. */
    void giveBack(byte[] buffer) {
        free.add(buffer);
    }
}
