package io.cloudstorage.connect.source.metrics;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.InstanceAlreadyExistsException;
import javax.management.InstanceNotFoundException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A task's counters, published as the MBean
 * {@code io.cloudstorage.connect:type=source-task-metrics,connector=<name>,task=<index>} while the task runs. A
 * metric that cannot be published is logged, never a reason to fail the task.
 */
public final class TaskMetrics implements TaskMetricsMBean, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TaskMetrics.class);
    /**
     * Which instance each published name belongs to, so that a late close of a replaced task withdraws nothing.
     * Guarded by itself, together with the registrations it records.
     */
    private static final Map<ObjectName, TaskMetrics> PUBLISHED = new HashMap<>();

    private final AtomicLong recordsSkipped = new AtomicLong();
    private final AtomicLong recordsDeadLettered = new AtomicLong();
    private final AtomicLong objectsUnreadable = new AtomicLong();
    private final AtomicLong objectsListed = new AtomicLong();
    private final AtomicLong objectsInProgress = new AtomicLong();
    private final AtomicLong objectsCompleted = new AtomicLong();
    private final AtomicLong recordsProduced = new AtomicLong();
    private final AtomicLong bytesRead = new AtomicLong();
    private final AtomicLong lagObjects = new AtomicLong();
    private final AtomicLong lagBytes = new AtomicLong();
    private final AtomicLong storageFailures = new AtomicLong();
    private final LatencyStats listLatency = new LatencyStats();
    private final LatencyStats openLatency = new LatencyStats();
    private ObjectName name;

    /** Counters that are not published, for tests and tools. */
    public static TaskMetrics unpublished() {
        return new TaskMetrics();
    }

    /** Counters published under the connector's name and the task's index. */
    public static TaskMetrics published(String connector, int task) {
        TaskMetrics metrics = new TaskMetrics();
        metrics.publish(connector, task);
        return metrics;
    }

    private void publish(String connector, int task) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            ObjectName objectName = new ObjectName("io.cloudstorage.connect:type=source-task-metrics,connector="
                    + ObjectName.quote(connector) + ",task=" + task);
            synchronized (PUBLISHED) {
                try {
                    server.registerMBean(this, objectName);
                } catch (InstanceAlreadyExistsException leftOver) {
                    // A task of the same connector and index that ran in this worker is not closed yet.
                    server.unregisterMBean(objectName);
                    server.registerMBean(this, objectName);
                }
                PUBLISHED.put(objectName, this);
            }
            name = objectName;
        } catch (JMException e) {
            log.warn("Could not publish the task's metrics through JMX: {}", e.toString());
        }
    }

    public void recordSkipped() {
        recordsSkipped.incrementAndGet();
    }

    public void recordDeadLettered() {
        recordsDeadLettered.incrementAndGet();
    }

    public void objectUnreadable() {
        objectsUnreadable.incrementAndGet();
    }

    /** A listing request took {@code duration}. */
    public void listed(Duration duration) {
        listLatency.record(duration);
    }

    /** A listing found an object to read, of {@code size} bytes: it is lag until it is read. */
    public void objectQueued(long size) {
        objectsListed.incrementAndGet();
        lagObjects.incrementAndGet();
        lagBytes.addAndGet(size);
    }

    /** A queued object is about to be read, or will not be read by this task after all. */
    public void objectDequeued(long size) {
        lagObjects.decrementAndGet();
        lagBytes.addAndGet(-size);
    }

    public void objectOpened() {
        objectsInProgress.incrementAndGet();
    }

    /** @param readToEnd whether it was read to its end rather than abandoned */
    public void objectClosed(boolean readToEnd) {
        objectsInProgress.decrementAndGet();
        if (readToEnd) {
            objectsCompleted.incrementAndGet();
        }
    }

    /** Opening an object's content took {@code duration}, up to its first byte. */
    public void contentOpened(Duration duration) {
        openLatency.record(duration);
    }

    public void bytesRead(long count) {
        bytesRead.addAndGet(count);
    }

    public void recordsProduced(int count) {
        recordsProduced.addAndGet(count);
    }

    public void storageFailure() {
        storageFailures.incrementAndGet();
    }

    @Override
    public long getObjectsListed() {
        return objectsListed.get();
    }

    @Override
    public long getObjectsInProgress() {
        return objectsInProgress.get();
    }

    @Override
    public long getObjectsCompleted() {
        return objectsCompleted.get();
    }

    @Override
    public long getRecordsProduced() {
        return recordsProduced.get();
    }

    @Override
    public long getBytesRead() {
        return bytesRead.get();
    }

    @Override
    public long getLagObjects() {
        return lagObjects.get();
    }

    @Override
    public long getLagBytes() {
        return lagBytes.get();
    }

    @Override
    public long getStorageFailures() {
        return storageFailures.get();
    }

    @Override
    public long getListRequests() {
        return listLatency.count();
    }

    @Override
    public double getListLatencyAvgMs() {
        return listLatency.averageMillis();
    }

    @Override
    public double getListLatencyMaxMs() {
        return listLatency.maxMillis();
    }

    @Override
    public double getObjectOpenLatencyAvgMs() {
        return openLatency.averageMillis();
    }

    @Override
    public double getObjectOpenLatencyMaxMs() {
        return openLatency.maxMillis();
    }

    @Override
    public long getRecordsSkipped() {
        return recordsSkipped.get();
    }

    @Override
    public long getRecordsDeadLettered() {
        return recordsDeadLettered.get();
    }

    @Override
    public long getObjectsUnreadable() {
        return objectsUnreadable.get();
    }

    @Override
    public void close() {
        if (name == null) {
            return;
        }
        synchronized (PUBLISHED) {
            if (PUBLISHED.remove(name, this)) {
                try {
                    ManagementFactory.getPlatformMBeanServer().unregisterMBean(name);
                } catch (InstanceNotFoundException alreadyGone) {
                    // Withdrawn by someone else: nothing of this one is left.
                } catch (JMException e) {
                    log.warn("Could not withdraw the task's metrics from JMX: {}", e.toString());
                }
            }
        }
        name = null;
    }
}
