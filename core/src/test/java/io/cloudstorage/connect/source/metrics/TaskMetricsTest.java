package io.cloudstorage.connect.source.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.source.testing.RecordingPluginMetrics;

class TaskMetricsTest {

    private final RecordingPluginMetrics plugin = new RecordingPluginMetrics();

    @Test
    void everyCounterIsPublishedAsAGaugeOfTheTasksMetricsWithADescription() {
        TaskMetrics.publishedTo(plugin);

        assertThat(plugin.names().keySet()).containsExactlyInAnyOrder("objects-listed", "objects-in-progress",
                "objects-completed", "objects-unreadable", "records-produced", "bytes-read", "records-skipped",
                "records-dead-lettered", "lag-objects", "lag-bytes", "storage-failures", "list-requests",
                "list-latency-avg-ms", "list-latency-max-ms", "object-open-latency-avg-ms",
                "object-open-latency-max-ms");
        assertThat(plugin.names().values()).allSatisfy(name -> assertThat(name.description()).isNotBlank());
    }

    @Test
    void theGaugesShowTheCountersAsTheyAreNow() {
        TaskMetrics metrics = TaskMetrics.publishedTo(plugin);

        metrics.objectQueued(100);
        metrics.objectQueued(50);
        metrics.objectDequeued(100);
        metrics.objectOpened();
        metrics.bytesRead(42);
        metrics.recordsProduced(3);
        metrics.recordSkipped();
        metrics.listed(Duration.ofMillis(4));
        metrics.listed(Duration.ofMillis(8));
        metrics.contentOpened(Duration.ofMillis(10));

        assertThat(plugin.value("objects-listed")).isEqualTo(2L);
        assertThat(plugin.value("lag-objects")).isEqualTo(1L);
        assertThat(plugin.value("lag-bytes")).isEqualTo(50L);
        assertThat(plugin.value("objects-in-progress")).isEqualTo(1L);
        assertThat(plugin.value("bytes-read")).isEqualTo(42L);
        assertThat(plugin.value("records-produced")).isEqualTo(3L);
        assertThat(plugin.value("records-skipped")).isEqualTo(1L);
        assertThat(plugin.value("list-requests")).isEqualTo(2L);
        assertThat(plugin.value("list-latency-avg-ms")).isEqualTo(6.0);
        assertThat(plugin.value("list-latency-max-ms")).isEqualTo(8.0);
        assertThat(plugin.value("object-open-latency-max-ms")).isEqualTo(10.0);

        metrics.objectClosed(true);
        assertThat(plugin.value("objects-in-progress")).isEqualTo(0L);
        assertThat(plugin.value("objects-completed")).isEqualTo(1L);
    }

    @Test
    void closingWithdrawsTheGauges() {
        TaskMetrics metrics = TaskMetrics.publishedTo(plugin);

        metrics.close();

        assertThat(plugin.names()).isEmpty();
    }
}
