package io.cloudstorage.connect.benchmarks.endtoend.report;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import io.cloudstorage.connect.benchmarks.endtoend.storage.StorageRequests;

/**
 * What one contender did with one data set. The figures are empty where they do not apply (no JVM of its own for
 * raw GETs) or where nothing was measured (a data set the contender cannot read, a run that failed).
 *
 * @param bytes              the bytes moved: the records' values, or for raw GETs the stored (maybe compressed) bytes
 * @param firstRecordSeconds from the start to the first record in the topic
 * @param seconds            from the start to the last record in the topic (for raw GETs, to the last byte)
 * @param storageRequests    the requests the contender made of the S3 server, where they were counted
 * @param note               what a reader must know to read the row: why it is empty, what is unusual
 */
public record Measurement(String dataSet, Contender contender, long records, long bytes,
                          OptionalDouble firstRecordSeconds, OptionalDouble seconds, OptionalLong peakHeapBytes,
                          OptionalDouble cpuSeconds, Optional<StorageRequests> storageRequests, String note) {

    private static final String FAILED = "failed: ";

    /** A row without figures: the contender cannot read the data set, or its run failed. */
    public static Measurement withoutFigures(String dataSet, Contender contender, String note) {
        return new Measurement(dataSet, contender, 0, 0, OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalLong.empty(), OptionalDouble.empty(), Optional.empty(), note);
    }

    /** A run that failed, with why. */
    public static Measurement failed(String dataSet, Contender contender, String reason) {
        return withoutFigures(dataSet, contender, FAILED + reason);
    }

    public boolean hasFailed() {
        return note.startsWith(FAILED);
    }

    /** Megabytes (10^6 bytes) per second. */
    public OptionalDouble megabytesPerSecond() {
        return perSecond(bytes / 1e6, seconds);
    }

    /**
     * Megabytes per second from the first record to the last: the pace once started, without what the start cost
     * (a worker's first storage client, its task's first listing), which weighs on short runs.
     */
    public OptionalDouble megabytesPerSecondAfterFirstRecord() {
        OptionalDouble afterFirstRecord = firstRecordSeconds.isPresent() && seconds.isPresent()
                ? OptionalDouble.of(seconds.getAsDouble() - firstRecordSeconds.getAsDouble()) : OptionalDouble.empty();
        return perSecond(bytes / 1e6, afterFirstRecord);
    }

    public OptionalDouble recordsPerSecond() {
        return perSecond(records, seconds);
    }

    public OptionalDouble peakHeapMebibytes() {
        return peakHeapBytes.isPresent() ? OptionalDouble.of(peakHeapBytes.getAsLong() / (double) (1 << 20))
                : OptionalDouble.empty();
    }

    private static OptionalDouble perSecond(double amount, OptionalDouble interval) {
        return interval.isPresent() && interval.getAsDouble() > 0 ? OptionalDouble.of(amount / interval.getAsDouble())
                : OptionalDouble.empty();
    }
}
