package io.cloudstorage.connect.benchmarks.endtoend.storage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.cloudstorage.connect.benchmarks.endtoend.data.DataSet;
import io.cloudstorage.connect.benchmarks.endtoend.data.StoredObject;
import io.cloudstorage.connect.locals3.LocalS3Server;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The bucket of the S3 server that holds every data set. The server keeps each object as a file under its key, in
 * {@link #folder()}: the local-storage contenders read those very files.
 */
public final class BenchmarkBucket implements AutoCloseable {

    /** Objects larger than this are written to a file first, instead of held in memory. */
    private static final long IN_MEMORY_BYTES = 16L << 20;
    private static final int UPLOAD_THREADS = 8;
    private static final int READ_BUFFER_BYTES = 256 * 1024;

    private final S3Location location;
    private final Path root;
    private final Path scratch;
    private final S3Client client;

    private BenchmarkBucket(S3Location location, Path root, Path scratch) {
        this.location = location;
        this.root = root;
        this.scratch = scratch;
        this.client = S3Client.builder()
                .endpointOverride(location.endpoint())
                .region(Region.of(location.region()))
                .forcePathStyle(true)
                .httpClientBuilder(Apache5HttpClient.builder().maxConnections(UPLOAD_THREADS))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(location.accessKey(), location.secretKey())))
                .build();
    }

    /** @param scratch a folder for objects on their way to the server */
    public static BenchmarkBucket create(LocalS3Server server, String bucket, Path scratch) {
        S3Location location = new S3Location(server.endpoint(), server.region(), server.accessKey(),
                server.secretKey(), bucket);
        // LocalS3Server keeps each bucket as a folder of that name in buckets/.
        BenchmarkBucket created = new BenchmarkBucket(location, server.dataDir().resolve("buckets"), scratch);
        created.client.createBucket(request -> request.bucket(bucket));
        return created;
    }

    public S3Location location() {
        return location;
    }

    /** The folder that holds the bucket's folder: the local storage's root. */
    public Path root() {
        return root;
    }

    /** The folder where each object is a file under its key. */
    public Path folder() {
        return root.resolve(location.bucket());
    }

    /**
     * Writes the objects to read through the S3 API, and those already read straight into the bucket's folder.
     * The server lists such files like any object, only without an ETag, which nothing needs: these objects are
     * there to be skipped, never read. Written through S3, the 1,000,000 of a full run would take half an hour.
     */
    public void load(DataSet dataSet) throws IOException, InterruptedException {
        ExecutorService uploads = Executors.newFixedThreadPool(UPLOAD_THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (StoredObject object : dataSet.alreadyRead()) {
                done.add(uploads.submit(() -> {
                    writeFile(dataSet, object);
                    return null;
                }));
            }
            for (StoredObject object : dataSet.toRead()) {
                done.add(uploads.submit(() -> {
                    put(dataSet, object);
                    return null;
                }));
            }
            for (Future<?> upload : done) {
                upload.get();
            }
        } catch (ExecutionException e) {
            throw new IOException("Loading data set " + dataSet.name() + " failed", e.getCause());
        } finally {
            uploads.shutdownNow();
        }
    }

    /**
     * Reads every object to read of the data set with plain GETs, one stream per prefix at a time as one task per
     * prefix does, and discards the bytes.
     */
    public GetThroughput measureGets(DataSet dataSet) throws IOException, InterruptedException {
        List<String> prefixes = dataSet.prefixes();
        ExecutorService readers = Executors.newFixedThreadPool(prefixes.size());
        try {
            long start = System.nanoTime();
            List<Future<Long>> bytesPerPrefix = new ArrayList<>();
            for (String prefix : prefixes) {
                bytesPerPrefix.add(readers.submit(() -> getAll(dataSet.toRead(prefix))));
            }
            long bytes = 0;
            for (Future<Long> read : bytesPerPrefix) {
                bytes += read.get();
            }
            return new GetThroughput(dataSet.toRead().size(), bytes, (System.nanoTime() - start) / 1e9);
        } catch (ExecutionException e) {
            throw new IOException("Reading data set " + dataSet.name() + " failed", e.getCause());
        } finally {
            readers.shutdownNow();
        }
    }

    private void put(DataSet dataSet, StoredObject object) throws IOException {
        if (object.textBytes(dataSet.text()) <= IN_MEMORY_BYTES) {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            object.writeTo(content, dataSet.text());
            client.putObject(request -> request.bucket(location.bucket()).key(object.key()),
                    RequestBody.fromBytes(content.toByteArray()));
            return;
        }
        Path file = Files.createTempFile(scratch, "object-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                object.writeTo(out, dataSet.text());
            }
            client.putObject(request -> request.bucket(location.bucket()).key(object.key()),
                    RequestBody.fromFile(file));
        } finally {
            Files.delete(file);
        }
    }

    private void writeFile(DataSet dataSet, StoredObject object) throws IOException {
        Path file = folder().resolve(object.key());
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            object.writeTo(out, dataSet.text());
        }
    }

    private long getAll(List<StoredObject> objects) throws IOException {
        byte[] buffer = new byte[READ_BUFFER_BYTES];
        long total = 0;
        for (StoredObject object : objects) {
            try (InputStream in = client.getObject(request -> request.bucket(location.bucket()).key(object.key()))) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    total += read;
                }
            }
        }
        return total;
    }

    @Override
    public void close() {
        client.close();
    }
}
