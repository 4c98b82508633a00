package io.cloudstorage.connect.quickstart;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.cloudstorage.connect.locals3.LocalS3Server;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An S3 server on 127.0.0.1 holding a bucket of sample log objects, one folder per application, and a writer that
 * keeps adding objects to it, and after a while a new application folder: what a connector with
 * {@code prefix.discovery.depth=1} picks up without being touched.
 */
final class SampleBucket implements AutoCloseable {

    static final String BUCKET = "quickstart";
    static final String PREFIXES = "logs/,metrics/,events/";
    static final List<String> INITIAL_FOLDERS = List.of("logs/web/", "logs/billing/", "metrics/cpu/",
            "metrics/memory/");
    /** Appears once the writer has added this many objects: a new source partition, found by discovery. */
    static final String LATER_FOLDER = "events/signups/";
    static final int OBJECTS_BEFORE_LATER_FOLDER = 4;

    static final int INITIAL_OBJECTS_PER_FOLDER = 3;
    static final int INITIAL_LINES_PER_OBJECT = 2_000;
    static final int LATER_LINES_PER_OBJECT = 500;
    private static final Duration WRITE_INTERVAL = Duration.ofSeconds(3);

    private final LocalS3Server server;
    private final S3Client client;
    private final Consumer<String> events;
    private final ScheduledExecutorService writer;
    private final Map<String, AtomicInteger> objectsPerFolder = new LinkedHashMap<>();
    private int written;

    private SampleBucket(LocalS3Server server, Consumer<String> events) {
        this.server = server;
        this.events = events;
        this.client = S3Client.builder()
                .endpointOverride(server.endpoint())
                .region(Region.of(server.region()))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(server.accessKey(), server.secretKey())))
                .build();
        this.writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "quickstart-sample-writer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts the server and loads the first objects; {@code events} hears of each object written later. */
    static SampleBucket start(Consumer<String> events) throws IOException {
        SampleBucket samples = new SampleBucket(LocalS3Server.start(), events);
        try {
            samples.client.createBucket(request -> request.bucket(BUCKET));
            for (String folder : INITIAL_FOLDERS) {
                for (int i = 0; i < INITIAL_OBJECTS_PER_FOLDER; i++) {
                    samples.put(folder, INITIAL_LINES_PER_OBJECT);
                }
            }
            return samples;
        } catch (RuntimeException e) {
            samples.close();
            throw e;
        }
    }

    /** How many records the first objects hold. */
    static int initialRecords() {
        return INITIAL_FOLDERS.size() * INITIAL_OBJECTS_PER_FOLDER * INITIAL_LINES_PER_OBJECT;
    }

    /** The connector settings that read this bucket. */
    Map<String, String> connectorSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("storage.type", "s3");
        settings.put("bucket", BUCKET);
        settings.put("prefix.whitelist", PREFIXES);
        settings.put("prefix.discovery.depth", "1");
        settings.put("poll.interval.ms", "1000");
        settings.put("s3.endpoint", server.endpoint().toString());
        settings.put("s3.path.style.access", "true");
        settings.put("s3.region", server.region());
        settings.put("s3.access.key.id", server.accessKey());
        settings.put("s3.secret.access.key", server.secretKey());
        return settings;
    }

    String describe() {
        return "s3://" + BUCKET + " on the local S3 server " + server.endpoint() + ": "
                + INITIAL_FOLDERS.size() * INITIAL_OBJECTS_PER_FOLDER + " objects of " + INITIAL_LINES_PER_OBJECT
                + " lines in " + INITIAL_FOLDERS + "; a new object every " + WRITE_INTERVAL.toSeconds()
                + " s, and a new folder " + LATER_FOLDER + " after " + OBJECTS_BEFORE_LATER_FOLDER + " of them";
    }

    /** Adds an object every few seconds, from now on. */
    void keepWriting() {
        writer.scheduleWithFixedDelay(this::writeOne, WRITE_INTERVAL.toMillis(), WRITE_INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void writeOne() {
        try {
            String folder = written < OBJECTS_BEFORE_LATER_FOLDER
                    ? INITIAL_FOLDERS.get(written % INITIAL_FOLDERS.size())
                    : LATER_FOLDER;
            String key = put(folder, LATER_LINES_PER_OBJECT);
            written++;
            events.accept(String.format("+ new object s3://%s/%s (%d lines)%s", BUCKET, key,
                    LATER_LINES_PER_OBJECT, written == OBJECTS_BEFORE_LATER_FOLDER + 1
                            ? ", in a new folder: the connector finds it and reconfigures its tasks" : ""));
        } catch (RuntimeException e) {
            events.accept("! could not write a sample object: " + e.getMessage());
        }
    }

    /** Writes the next object of a folder; keys grow within a folder, as the connector reads them in key order. */
    private String put(String folder, int lines) {
        int number = objectsPerFolder.computeIfAbsent(folder, f -> new AtomicInteger()).incrementAndGet();
        String key = folder + String.format("part-%05d.log", number);
        client.putObject(request -> request.bucket(BUCKET).key(key), RequestBody.fromString(content(key, lines)));
        return key;
    }

    private static String content(String key, int lines) {
        String source = key.substring(0, key.lastIndexOf('/'));
        StringBuilder text = new StringBuilder(lines * 96);
        Instant start = Instant.now();
        for (int line = 1; line <= lines; line++) {
            text.append("{\"time\":\"").append(start.plusMillis(line)).append("\",\"source\":\"").append(source)
                    .append("\",\"line\":").append(line).append(",\"message\":\"sample event ").append(line)
                    .append(" of ").append(key).append("\"}\n");
        }
        return text.toString();
    }

    @Override
    public void close() throws IOException {
        writer.shutdownNow();
        client.close();
        server.close();
    }
}
