package io.cloudstorage.connect.benchmarks.endtoend.ceiling;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import io.cloudstorage.connect.benchmarks.endtoend.ingest.ProducerSettings;
import io.cloudstorage.connect.benchmarks.endtoend.data.DataSet;
import io.cloudstorage.connect.benchmarks.endtoend.data.DataSets;
import io.cloudstorage.connect.benchmarks.endtoend.data.JsonLines;
import io.cloudstorage.connect.benchmarks.endtoend.data.Scale;
import io.cloudstorage.connect.benchmarks.endtoend.data.StoredObject;

/**
 * The ceiling, in a JVM of its own: plain producers writing a data set's records with the workers' producer
 * settings, one producer per prefix as a connector runs one task per prefix, the records made again from the seed
 * rather than read from anywhere.
 *
 * <p>It connects its producers to the cluster and fetches the topic's metadata, creates a file to say it is ready,
 * then waits for the line {@value #GO_COMMAND} on its standard input, so that the harness times the sending alone:
 * the most any producer could do with these records. Before that, each line {@value #WARM_UP_COMMAND}{@code TOPIC}
 * has the same producers write the data set's warm-up copy ({@link DataSets#warmUp}) into that topic. When done it
 * waits for its standard input to close, so that the harness can still read its CPU time and heap.
 *
 * <p>Arguments: bootstrap servers, topic, scale, seed, data set name, the file to create when ready, then the
 * producer settings as {@code KEY=VALUE}.
 */
public final class CeilingProducer {

    static final String GO_COMMAND = "go";
    static final String WARM_UP_COMMAND = "warm-up ";

    private CeilingProducer() {
    }

    public static void main(String[] args) throws Exception {
        String bootstrapServers = args[0];
        String topic = args[1];
        long seed = Long.parseLong(args[3]);
        DataSet dataSet = DataSets.named(args[4], Scale.valueOf(args[2]), seed);
        ProducerSettings settings = ProducerSettings.fromArguments(Arrays.asList(args).subList(6, args.length));
        List<KafkaProducer<byte[], byte[]>> producers = new ArrayList<>();
        for (int i = 0; i < dataSet.prefixes().size(); i++) {
            KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config(bootstrapServers, settings));
            producer.partitionsFor(topic);
            producers.add(producer);
        }
        Files.createFile(Path.of(args[5]));
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, UTF_8));
        String command = commands.readLine();
        while (command != null && command.startsWith(WARM_UP_COMMAND)) {
            sendAll(producers, command.substring(WARM_UP_COMMAND.length()), DataSets.warmUp(dataSet.name(), seed),
                    KafkaProducer::flush);
            command = commands.readLine();
        }
        if (!GO_COMMAND.equals(command)) {
            System.exit(2);
        }
        // Closing waits until every record is acknowledged.
        sendAll(producers, topic, dataSet, KafkaProducer::close);
        System.out.println("Sent " + dataSet.records() + " records");
        while (commands.readLine() != null) {
            // Kept alive until the harness has read what this JVM used.
        }
    }

    /**
     * Sends each prefix's lines with a producer of its own, each in its thread, then ends each producer's sending
     * with {@code end}; exits the JVM if any record failed.
     */
    private static void sendAll(List<KafkaProducer<byte[], byte[]>> producers, String topic, DataSet dataSet,
                                Consumer<KafkaProducer<byte[], byte[]>> end) throws InterruptedException {
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> senders = new ArrayList<>();
        for (int i = 0; i < producers.size(); i++) {
            KafkaProducer<byte[], byte[]> producer = producers.get(i);
            String prefix = dataSet.prefixes().get(i);
            Thread sender = new Thread(() -> send(producer, topic, dataSet.text(), dataSet.toRead(prefix), end,
                    failure), "producer-" + prefix);
            sender.start();
            senders.add(sender);
        }
        for (Thread sender : senders) {
            sender.join();
        }
        if (failure.get() != null) {
            failure.get().printStackTrace();
            System.exit(1);
        }
    }

    private static Map<String, Object> config(String bootstrapServers, ProducerSettings settings) {
        Map<String, Object> config = new HashMap<>(settings.producer());
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return config;
    }

    private static void send(KafkaProducer<byte[], byte[]> producer, String topic, JsonLines text,
                             List<StoredObject> objects, Consumer<KafkaProducer<byte[], byte[]>> end,
                             AtomicReference<Exception> failure) {
        try {
            for (StoredObject object : objects) {
                for (long line = object.firstLine(); line < object.firstLine() + object.lines(); line++) {
                    producer.send(new ProducerRecord<>(topic, text.value(line)), (metadata, error) -> {
                        if (error != null) {
                            failure.compareAndSet(null, error);
                        }
                    });
                }
            }
            end.accept(producer);
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        }
    }
}
