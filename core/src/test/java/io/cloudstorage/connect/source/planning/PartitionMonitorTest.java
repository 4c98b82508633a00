package io.cloudstorage.connect.source.planning;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.source.config.CloudStorageSourceConfig;
import io.cloudstorage.connect.source.offset.SourcePartition;
import io.cloudstorage.connect.source.retry.Backoff;
import io.cloudstorage.connect.source.testing.InMemoryBucket;
import io.cloudstorage.connect.source.testing.TestConfigs;
import io.cloudstorage.connect.spi.storage.RetriableStorageException;

class PartitionMonitorTest {

    private final BlockingQueue<List<SourcePartition>> changes = new LinkedBlockingQueue<>();
    private final BlockingQueue<RuntimeException> failures = new LinkedBlockingQueue<>();
    private InMemoryBucket bucket;

    @BeforeEach
    void createBucket() {
        bucket = InMemoryBucket.create("monitored");
        bucket.put("logs/app1/a.log", "a".getBytes(UTF_8));
    }

    @Test
    void reportsANewPrefixAndOnlyChanges() throws Exception {
        try (PartitionMonitor monitor = monitor(Map.of())) {
            assertThat(monitor.discoverNow()).extracting(SourcePartition::prefix).containsExactly("logs/app1/");
            monitor.start();

            bucket.put("logs/app2/b.log", "b".getBytes(UTF_8));

            assertThat(changes.poll(10, TimeUnit.SECONDS)).extracting(SourcePartition::prefix)
                    .containsExactly("logs/app1/", "logs/app2/");
            bucket.put("logs/app2/c.log", "c".getBytes(UTF_8));
            awaitMoreListings(bucket.levelRequests() + 3);
            assertThat(changes).as("new objects in a known prefix change nothing").isEmpty();
        }
    }

    @Test
    void keepsGoingAfterStorageFailures() throws Exception {
        try (PartitionMonitor monitor = monitor(Map.of())) {
            monitor.discoverNow();
            for (int i = 0; i < 3; i++) {
                bucket.failNext(InMemoryBucket.Operation.LIST_LEVEL,
                        () -> new RetriableStorageException("throttled (injected)", null));
            }
            monitor.start();
            bucket.put("logs/app3/d.log", "d".getBytes(UTF_8));

            assertThat(changes.poll(10, TimeUnit.SECONDS)).extracting(SourcePartition::prefix)
                    .containsExactly("logs/app1/", "logs/app3/");
            assertThat(bucket.pendingFailures()).as("injected failures thrown").isZero();
            assertThat(failures).isEmpty();
        }
    }

    @Test
    void reportsTooManyPartitionsAsAFailureAndStops() throws Exception {
        try (PartitionMonitor monitor = monitor(Map.of("prefix.discovery.max.prefixes", "1"))) {
            monitor.discoverNow();
            monitor.start();
            bucket.put("logs/app2/b.log", "b".getBytes(UTF_8));

            assertThat(failures.poll(10, TimeUnit.SECONDS)).isInstanceOf(TooManyPartitionsException.class);
            assertThat(changes).isEmpty();
        }
    }

    private PartitionMonitor monitor(Map<String, String> overrides) {
        Map<String, String> props = TestConfigs.connector("monitored", "logs/");
        props.put("prefix.discovery.depth", "1");
        props.put("poll.interval.ms", "100");
        props.putAll(overrides);
        CloudStorageSourceConfig config = new CloudStorageSourceConfig(props);
        return new PartitionMonitor(new PartitionDiscovery(config.storage().open(), config.listing()),
                config.listing().pollInterval(), new Backoff(Duration.ofMillis(10), Duration.ofMillis(50)),
                new PartitionMonitor.Listener() {
                    @Override
                    public void partitionsChanged(List<SourcePartition> partitions) {
                        changes.add(partitions);
                    }

                    @Override
                    public void failed(RuntimeException error) {
                        failures.add(error);
                    }
                }, "test-monitor");
    }

    private void awaitMoreListings(long atLeast) throws InterruptedException {
        for (int i = 0; i < 1000 && bucket.levelRequests() < atLeast; i++) {
            Thread.sleep(10);
        }
    }
}
