package io.cloudstorage.connect.benchmarks.endtoend.jvm;

/**
 * What a JVM used while it was measured.
 *
 * @param peakHeapBytes the most heap seen in use, garbage included
 * @param cpuSeconds    CPU time of all its threads over the measured interval
 */
public record JvmUsage(long peakHeapBytes, double cpuSeconds) {
}
