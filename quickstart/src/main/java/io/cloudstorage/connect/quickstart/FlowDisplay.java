package io.cloudstorage.connect.quickstart;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.connect.util.clusters.EmbeddedKafkaCluster;

/**
 * Reads the connector's topic from its start on a thread of its own and shows what arrives: each second a status
 * line with objects, records and megabytes per second, and the first records of the first objects.
 */
final class FlowDisplay implements AutoCloseable {

    /** Counts since the start. */
    record Totals(long objects, long records, long bytes) {
    }

    private static final int OBJECTS_SHOWN = 12;
    private static final int RECORDS_SHOWN_PER_OBJECT = 2;
    private static final int SHOWN_VALUE_LENGTH = 110;
    private static final Duration STATUS_INTERVAL = Duration.ofSeconds(1);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final LiveConsole console;
    private final String location;
    private final Thread thread;
    private final AtomicLong objects = new AtomicLong();
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private volatile boolean running = true;

    /**
     * @param location how objects are named when shown, e.g. {@code s3://bucket/}
     */
    FlowDisplay(EmbeddedKafkaCluster kafka, String topic, LiveConsole console, String location) {
        this.consumer = kafka.createConsumer(Map.of(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000));
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        this.console = console;
        this.location = location;
        this.thread = new Thread(this::run, "quickstart-flow-display");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    Totals totals() {
        return new Totals(objects.get(), records.get(), bytes.get());
    }

    private void run() {
        long started = System.nanoTime();
        long lastStatus = started;
        Totals atLastStatus = totals();
        try {
            while (running) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    count(record);
                }
                long now = System.nanoTime();
                if (now - lastStatus >= STATUS_INTERVAL.toNanos()) {
                    Totals current = totals();
                    console.status(status(Duration.ofNanos(now - started), atLastStatus, current,
                            Duration.ofNanos(now - lastStatus)));
                    atLastStatus = current;
                    lastStatus = now;
                }
            }
        } catch (WakeupException stopping) {
            // close() asked the consumer to stop waiting
        } catch (RuntimeException e) {
            console.event("! reading the topic failed: " + e);
        } finally {
            consumer.close();
        }
    }

    private void count(ConsumerRecord<byte[], byte[]> record) {
        records.incrementAndGet();
        bytes.addAndGet(Math.max(0, record.serializedKeySize()) + Math.max(0, record.serializedValueSize()));
        long number = recordNumber(record);
        if (number == 1) {
            objects.incrementAndGet();
        }
        if (number >= 1 && number <= RECORDS_SHOWN_PER_OBJECT && objects.get() <= OBJECTS_SHOWN) {
            console.event(String.format("  %s%s #%d: %s", location, header(record, "storage.key"), number,
                    shorten(record.value())));
            if (number == RECORDS_SHOWN_PER_OBJECT && objects.get() == OBJECTS_SHOWN) {
                console.event("  (the records of further objects are counted, not shown)");
            }
        }
    }

    private static String status(Duration elapsed, Totals before, Totals now, Duration interval) {
        double seconds = interval.toNanos() / 1e9;
        return String.format(Locale.ROOT,
                "[%4d s] in Kafka: %,d objects, %,d records, %.1f MB | now: %,.0f objects/s, %,.0f records/s, "
                        + "%.2f MB/s", elapsed.toSeconds(), now.objects(), now.records(), now.bytes() / 1e6,
                (now.objects() - before.objects()) / seconds, (now.records() - before.records()) / seconds,
                (now.bytes() - before.bytes()) / 1e6 / seconds);
    }

    /** The record's number within its object, from the connector's headers; 0 if they are turned off. */
    private static long recordNumber(ConsumerRecord<byte[], byte[]> record) {
        try {
            return Long.parseLong(header(record, "storage.record.number"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? "" : new String(header.value(), UTF_8);
    }

    private static String shorten(byte[] value) {
        if (value == null) {
            return "(null)";
        }
        String text = new String(value, 0, Math.min(value.length, SHOWN_VALUE_LENGTH * 4), UTF_8)
                .replace("\r", "\\r").replace("\n", "\\n");
        return text.length() > SHOWN_VALUE_LENGTH || value.length > SHOWN_VALUE_LENGTH * 4
                ? text.substring(0, Math.min(text.length(), SHOWN_VALUE_LENGTH)) + "..." : text;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        if (thread.getState() == Thread.State.NEW) {
            consumer.close();
        } else {
            consumer.wakeup();
            thread.join(Duration.ofSeconds(10).toMillis());
        }
        console.endStatus();
    }
}
