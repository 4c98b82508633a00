package io.cloudstorage.connect.it;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.cloudstorage.connect.locals3.LocalS3Server;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** An S3 server on 127.0.0.1 (its own process) and a plain SDK client that writes the objects the tests read. */
final class S3Fixture implements AutoCloseable {

    private static final AtomicInteger BUCKETS = new AtomicInteger();

    private final LocalS3Server server;
    private final S3Client client;

    private S3Fixture(LocalS3Server server) {
        this.server = server;
        this.client = clientBuilder(server.endpoint()).build();
    }

    static S3Fixture start(Path dataDir) throws IOException {
        return new S3Fixture(LocalS3Server.start(dataDir));
    }

    /** Where the server listens, e.g. to put a proxy in front of it. */
    URI endpoint() {
        return server.endpoint();
    }

    /** A client of this server that sends its requests to {@code endpoint}: the server's own, or a proxy's. */
    S3ClientBuilder clientBuilder(URI endpoint) {
        return S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(server.region()))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(server.accessKey(), server.secretKey())));
    }

    String createBucket() {
        String bucket = "bucket-" + BUCKETS.incrementAndGet() + "-" + Long.toHexString(System.nanoTime());
        client.createBucket(request -> request.bucket(bucket));
        return bucket;
    }

    void put(String bucket, String key, String content) {
        client.putObject(request -> request.bucket(bucket).key(key), RequestBody.fromString(content));
    }

    void put(String bucket, String key, byte[] content) {
        client.putObject(request -> request.bucket(bucket).key(key), RequestBody.fromBytes(content));
    }

    void put(String bucket, TestData data) {
        data.objects().forEach((key, content) -> put(bucket, key, content));
    }

    /** The keys the bucket holds, in key order. */
    List<String> keys(String bucket) {
        return client.listObjectsV2Paginator(request -> request.bucket(bucket)).contents().stream()
                .map(S3Object::key).toList();
    }

    /** What a connector needs to read {@code bucket} on this server. */
    Map<String, String> connectorConfig(String name, String bucket, String prefixes, String topic) {
        Map<String, String> config = new HashMap<>();
        config.put("name", name);
        config.put("connector.class", "CloudStorageSourceConnector");
        config.put("storage.type", "s3");
        config.put("bucket", bucket);
        config.put("prefix.whitelist", prefixes);
        config.put("topic", topic);
        config.put("s3.endpoint", server.endpoint().toString());
        config.put("s3.path.style.access", "true");
        config.put("s3.region", server.region());
        config.put("s3.access.key.id", server.accessKey());
        config.put("s3.secret.access.key", server.secretKey());
        config.put("poll.interval.ms", "1000");
        return config;
    }

    @Override
    public void close() throws IOException {
        client.close();
        server.close();
    }
}
