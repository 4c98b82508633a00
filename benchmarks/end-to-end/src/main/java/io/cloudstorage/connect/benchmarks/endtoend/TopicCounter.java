package io.cloudstorage.connect.benchmarks.endtoend;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Counts the records of a topic from its start, as a consumer sees them: the time a record is counted is the time
 * it became readable in Kafka, which is where every contender's work ends.
 */
final class TopicCounter implements AutoCloseable {

    /** What the counter asks, between polls, to stop waiting for records that will not come. */
    interface FailureCheck {
        Optional<String> failure() throws IOException, InterruptedException;
    }

    private static final Duration POLL = Duration.ofMillis(100);
    private static final long CHECK_EVERY_NANOS = 1_000_000_000L;

    private final KafkaConsumer<byte[], byte[]> consumer;

    /** Assigns every partition of the topic at its start, so that counting starts without delay. */
    TopicCounter(String bootstrapServers, String topic, int partitions) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10_000,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 << 20,
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 << 20));
        List<TopicPartition> assigned = IntStream.range(0, partitions)
                .mapToObj(partition -> new TopicPartition(topic, partition)).toList();
        consumer.assign(assigned);
        consumer.seekToBeginning(assigned);
        assigned.forEach(consumer::position);
    }

    /**
     * Counts until {@code expected} records have arrived, the timeout has passed, or {@code check} reports a
     * failure (asked about once a second).
     *
     * @param startNanos the {@link System#nanoTime()} the run started at
     */
    Arrival await(long expected, long startNanos, Duration timeout, FailureCheck check)
            throws IOException, InterruptedException {
        long records = 0;
        long bytes = 0;
        OptionalDouble first = OptionalDouble.empty();
        long nextCheck = System.nanoTime() + CHECK_EVERY_NANOS;
        long deadline = startNanos + timeout.toNanos();
        while (true) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                records++;
                bytes += record.value() == null ? 0 : record.value().length;
            }
            long now = System.nanoTime();
            double elapsed = (now - startNanos) / 1e9;
            if (first.isEmpty() && records > 0) {
                first = OptionalDouble.of(elapsed);
            }
            if (records >= expected) {
                return new Arrival(records, bytes, first, elapsed, Optional.empty());
            }
            if (now >= nextCheck) {
                Optional<String> failure = check.failure();
                if (failure.isPresent()) {
                    return new Arrival(records, bytes, first, elapsed, failure);
                }
                nextCheck = now + CHECK_EVERY_NANOS;
            }
            if (now >= deadline) {
                return new Arrival(records, bytes, first, elapsed, Optional.of(String.format(
                        "only %,d of %,d records arrived within %d s", records, expected, timeout.toSeconds())));
            }
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
