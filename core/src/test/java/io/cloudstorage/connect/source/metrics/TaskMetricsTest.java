package io.cloudstorage.connect.source.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.junit.jupiter.api.Test;

class TaskMetricsTest {

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

    @Test
    void countersArePublishedUnderTheConnectorAndTaskWhileTheTaskRuns() throws Exception {
        ObjectName name = new ObjectName("io.cloudstorage.connect:type=source-task-metrics,connector="
                + ObjectName.quote("my connector") + ",task=3");

        try (TaskMetrics metrics = TaskMetrics.published("my connector", 3)) {
            metrics.recordSkipped();
            metrics.recordSkipped();
            metrics.recordDeadLettered();
            metrics.objectUnreadable();

            assertThat(server.getAttribute(name, "RecordsSkipped")).isEqualTo(2L);
            assertThat(server.getAttribute(name, "RecordsDeadLettered")).isEqualTo(1L);
            assertThat(server.getAttribute(name, "ObjectsUnreadable")).isEqualTo(1L);
        }
        assertThat(server.isRegistered(name)).as("withdrawn when the task stops").isFalse();
    }

    @Test
    void aNewTaskOfTheSameIndexReplacesOneThatWasNotClosed() throws Exception {
        ObjectName name = new ObjectName("io.cloudstorage.connect:type=source-task-metrics,connector="
                + ObjectName.quote("restarted") + ",task=0");
        TaskMetrics leftOver = TaskMetrics.published("restarted", 0);
        leftOver.recordSkipped();

        try (TaskMetrics current = TaskMetrics.published("restarted", 0)) {
            assertThat(server.getAttribute(name, "RecordsSkipped")).isEqualTo(0L);
            leftOver.close();
            assertThat(server.isRegistered(name)).as("the left-over's close leaves the new one").isTrue();
        }
    }
}
