package io.cloudstorage.connect.it;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.util.clusters.EmbeddedKafkaCluster;

/**
 * Reads whole topics from their start and keeps what it read, for checks against the objects written. It reads
 * what the brokers hold, records of open and aborted transactions included, unless made with
 * {@link #readCommitted}.
 */
final class TopicReader implements AutoCloseable {

    /**
     * A record as the tests see it: its key, its value and the object line it holds, where it is stored, and its
     * timestamp in epoch milliseconds.
     */
    record Line(String recordKey, String value, String topic, int partition, long offset, long timestamp,
                Map<String, String> headers) {

        String objectKey() {
            return value.substring(0, value.indexOf('|'));
        }

        int lineNumber() {
            return Integer.parseInt(value.split("\\|")[1]);
        }
    }

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<Line> lines = new ArrayList<>();

    TopicReader(EmbeddedKafkaCluster kafka, String topic) {
        this(kafka, Map.of(), List.of(topic));
    }

    private TopicReader(EmbeddedKafkaCluster kafka, Map<String, Object> settings, List<String> topics) {
        Map<String, Object> consumerSettings = new HashMap<>(settings);
        consumerSettings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerSettings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10_000);
        consumer = kafka.createConsumer(consumerSettings);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            partitionsOf(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** The partitions of a topic, once the broker knows it: a topic just created may take a moment to appear. */
    private List<PartitionInfo> partitionsOf(String topic) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30));
        while (partitions.isEmpty() && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30));
        }
        if (partitions.isEmpty()) {
            throw new IllegalStateException("Topic " + topic + " has no partitions");
        }
        return partitions;
    }

    /** Reads only the records of committed transactions (and those written without one), as consumers should. */
    static TopicReader readCommitted(EmbeddedKafkaCluster kafka, List<String> topics) {
        return new TopicReader(kafka, Map.of(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), topics);
    }

    /** Reads everything the brokers hold, records of open and aborted transactions included. */
    static TopicReader readUncommitted(EmbeddedKafkaCluster kafka, List<String> topics) {
        return new TopicReader(kafka, Map.of(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted"), topics);
    }

    /** Reads until at least {@code count} records have been read in all, and returns all of them. */
    List<Line> awaitAtLeast(int count, Duration timeout) {
        return awaitUntil(read -> read.size() >= count, count + " records", timeout);
    }

    /** Reads until what was read in all satisfies {@code condition}, and returns all of it. */
    List<Line> awaitUntil(Predicate<List<Line>> condition, String description, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.test(lines)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not read within " + timeout.toSeconds() + " s: " + description + " ("
                        + lines.size() + " records read)");
            }
            pollOnce();
        }
        return List.copyOf(lines);
    }

    /**
     * Reads until at least {@code count} records have been read or {@code timeout} has passed, then until nothing
     * new arrives for two seconds, and returns everything read, unlike {@link #awaitAtLeast} even if too little
     * arrived: the checks that follow then tell which records are missing (or repeated), not only how many.
     */
    List<Line> readUntil(int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (lines.size() < count && Instant.now().isBefore(deadline)) {
            pollOnce();
        }
        return readUntilQuiet(Duration.ofSeconds(2));
    }

    /** Reads until nothing new arrives for {@code quiet}, and returns everything read. */
    List<Line> readUntilQuiet(Duration quiet) {
        Instant quietSince = Instant.now();
        while (Duration.between(quietSince, Instant.now()).compareTo(quiet) < 0) {
            if (pollOnce() > 0) {
                quietSince = Instant.now();
            }
        }
        return List.copyOf(lines);
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    private int pollOnce() {
        int before = lines.size();
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            Map<String, String> headers = new HashMap<>();
            record.headers().forEach(header -> headers.put(header.key(), new String(header.value(), UTF_8)));
            lines.add(new Line(record.key() == null ? null : new String(record.key(), UTF_8),
                    record.value() == null ? null : new String(record.value(), UTF_8), record.topic(),
                    record.partition(), record.offset(), record.timestamp(), headers));
        }
        return lines.size() - before;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
