package io.cloudstorage.connect.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cloudstorage.connect.locals3.LocalS3Server;
import io.cloudstorage.connect.spi.storage.ObjectMissingException;
import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.ObjectStorageContractTest;
import io.cloudstorage.connect.spi.storage.StorageFixture;
import io.cloudstorage.connect.spi.storage.StorageObject;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The storage contract, against s3proxy on 127.0.0.1. */
class S3ObjectStorageContractTest extends ObjectStorageContractTest {

    @TempDir
    static Path dataDir;

    private static LocalS3Server server;
    private static S3Client client;

    @BeforeAll
    static void startServer() throws Exception {
        server = LocalS3Server.start(dataDir);
        client = LocalS3.client(server);
    }

    @AfterAll
    static void stopServer() throws Exception {
        client.close();
        server.close();
    }

    /**
     * s3proxy lists keys in the order of Java strings (UTF-16 code units), not in Amazon S3's UTF-8 byte order:
     * a character outside the Basic Multilingual Plane (U+1F600) comes before U+E000 to U+FFFF there, and its
     * StartAfter follows that order. The keys here all lie in the Basic Multilingual Plane, where both orders
     * agree. The connector is not affected: it never compares the keys a server lists.
     */
    @Test
    @Override
    protected void listsKeysInUtf8ByteOrderWhateverTheirCharacters() throws Exception {
        listsKeysInTheGivenOrder(List.of("k/a-b", "k/a/b", "k/a/c/d", "k/a0", "k/b", "k/\u00E9", "k/\uE000",
                "k/\uFFFD"));
    }

    @Test
    void userMetadataIsReadWithLowercaseNames() {
        String bucket = LocalS3.createBucket(client);
        client.putObject(request -> request.bucket(bucket).key("k").metadata(Map.of("Source-System", "erp")),
                RequestBody.fromString("x"));
        try (ObjectStorage storage = new S3StorageProvider().open(bucket, LocalS3.props(server))) {
            StorageObject object = storage.stat("k").orElseThrow();

            assertThat(storage.userMetadata(object)).isEqualTo(Map.of("source-system", "erp"));
            client.deleteObject(request -> request.bucket(bucket).key("k"));
            assertThatThrownBy(() -> storage.userMetadata(object)).isInstanceOf(ObjectMissingException.class);
        }
    }

    @Override
    protected S3Fixture createFixture() {
        return new S3Fixture(LocalS3.createBucket(client));
    }

    /** A new bucket on the shared server; the server's folder is deleted after the last test. */
    static final class S3Fixture implements StorageFixture {

        private final S3StorageProvider provider = new S3StorageProvider();
        private final Map<String, String> props = LocalS3.props(server);
        private final String bucket;

        S3Fixture(String bucket) {
            this.bucket = bucket;
        }

        @Override
        public ObjectStorage storage() {
            return provider.open(bucket, props);
        }

        @Override
        public ObjectStorage storageForMissingBucket() {
            return provider.open(LocalS3.uniqueBucketName(), props);
        }

        @Override
        public void put(String key, byte[] content) {
            client.putObject(request -> request.bucket(bucket).key(key), RequestBody.fromBytes(content));
        }

        @Override
        public void delete(String key) {
            client.deleteObject(request -> request.bucket(bucket).key(key));
        }

        @Override
        public void close() {
        }
    }
}
