package io.cloudstorage.connect.it;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.util.clusters.EmbeddedKafkaCluster;

/** Reads a whole topic from its start and keeps what it read, for checks against the objects written. */
final class TopicReader implements AutoCloseable {

    /** A record as the tests see it: its key, its value and the object line it holds. */
    record Line(String recordKey, String value, int partition, Map<String, String> headers) {

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
        consumer = kafka.createConsumer(Map.of(
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10_000));
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Reads until at least {@code count} records have been read in all, and returns all of them. */
    List<Line> awaitAtLeast(int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (lines.size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Only " + lines.size() + " of " + count + " records arrived within "
                        + timeout.toSeconds() + " s");
            }
            pollOnce();
        }
        return List.copyOf(lines);
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
            Map<String, String> headers = new java.util.HashMap<>();
            record.headers().forEach(header -> headers.put(header.key(), new String(header.value(), UTF_8)));
            lines.add(new Line(record.key() == null ? null : new String(record.key(), UTF_8),
                    record.value() == null ? null : new String(record.value(), UTF_8), record.partition(),
                    headers));
        }
        return lines.size() - before;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
