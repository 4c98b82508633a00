package io.cloudstorage.connect.source.metrics;

/** What a task reports through JMX. */
public interface TaskMetricsMBean {

    /** Records that could not be read as the format and were left out (errors.policy=skip). */
    long getRecordsSkipped();

    /** Records that could not be read as the format and went to the dead-letter topic (errors.policy=dlq). */
    long getRecordsDeadLettered();

    /** Objects of which a part could not be read at all (corrupt or truncated), skipped or dead-lettered. */
    long getObjectsUnreadable();
}
