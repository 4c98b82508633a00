package io.cloudstorage.connect.source.metrics;

/** What a task reports through JMX. */
public interface TaskMetricsMBean {

    /** Records that could not be read as the format and were left out (errors.policy=skip). */
    long getRecordsSkipped();

    /** Records that could not be read as the format and went to the dead-letter topic (errors.policy=dlq). */
    long getRecordsDeadLettered();

    /** Objects of which a part could not be read at all (corrupt or truncated), skipped or dead-lettered. */
    long getObjectsUnreadable();

    /** Objects that listings found to read. */
    long getObjectsListed();

    /** Objects open for reading now. */
    long getObjectsInProgress();

    /** Objects read to their end. */
    long getObjectsCompleted();

    /** Records handed to Connect, dead-letter records included. */
    long getRecordsProduced();

    /** Bytes read from storage, as stored (compressed objects count their compressed bytes). */
    long getBytesRead();

    /** Objects listed but not yet opened: how far the task is behind the bucket. */
    long getLagObjects();

    /** The stored size of the objects counted by LagObjects. */
    long getLagBytes();

    /** Storage requests that failed in a way that may heal, and were retried. */
    long getStorageFailures();

    /** Listing requests made. */
    long getListRequests();

    double getListLatencyAvgMs();

    double getListLatencyMaxMs();

    /** How long opening an object's content took, up to its first byte (for S3, a GET's time to first byte). */
    double getObjectOpenLatencyAvgMs();

    double getObjectOpenLatencyMaxMs();
}
