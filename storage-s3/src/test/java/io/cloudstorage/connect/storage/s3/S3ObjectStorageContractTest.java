package io.cloudstorage.connect.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cloudstorage.connect.locals3.LocalS3Server;
import io.cloudstorage.connect.spi.storage.ObjectAction;
import io.cloudstorage.connect.spi.storage.ObjectMissingException;
import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.ObjectStorageContractTest;
import io.cloudstorage.connect.spi.storage.RetriableStorageException;
import io.cloudstorage.connect.spi.storage.StorageException;
import io.cloudstorage.connect.spi.storage.StorageFixture;
import io.cloudstorage.connect.spi.storage.StorageObject;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The storage contract, against s3proxy on 127.0.0.1. */
class S3ObjectStorageContractTest extends ObjectStorageContractTest {

    private static final int MIB = 1 << 20;

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

    @Test
    void taggingOnAServerWithoutTagsFailsWithoutRetrying() {
        String bucket = LocalS3.createBucket(client);
        client.putObject(request -> request.bucket(bucket).key("k"), RequestBody.fromString("x"));
        try (ObjectStorage storage = new S3StorageProvider().open(bucket, LocalS3.props(server))) {
            StorageObject object = storage.stat("k").orElseThrow();

            assertThatThrownBy(() -> storage.tag(object, Map.of("ingested", "true")))
                    .isInstanceOf(StorageException.class)
                    .isNotInstanceOf(RetriableStorageException.class)
                    .hasMessageContaining("NotImplemented")
                    .hasMessageContaining("does not support");
        }
    }

    /** Objects over 5 GiB cannot be copied with one CopyObject; here the limit is lowered to 5 MiB. */
    @Test
    void movesObjectsLargerThanOneCopyInPartsWithTheirMetadata() throws Exception {
        String bucket = LocalS3.createBucket(client);
        byte[] content = new byte[11 * MIB + 3];
        new Random(7).nextBytes(content);
        client.putObject(request -> request.bucket(bucket).key("in/big.bin").contentType("application/x-test")
                .metadata(Map.of("source-system", "erp")), RequestBody.fromBytes(content));
        try (ObjectStorage storage = partCopyingStorage(bucket)) {
            StorageObject object = storage.stat("in/big.bin").orElseThrow();

            assertThat(storage.move(object, bucket, "done/big.bin")).isTrue();

            assertThat(storage.stat("in/big.bin")).isEmpty();
            StorageObject moved = storage.stat("done/big.bin").orElseThrow();
            assertThat(moved.etag()).as("the ETag of an upload in 3 parts").endsWith("-3");
            try (InputStream in = storage.open(moved, 0)) {
                assertThat(in.readAllBytes()).isEqualTo(content);
            }
            assertThat(storage.userMetadata(moved)).isEqualTo(Map.of("source-system", "erp"));
            assertThat(client.headObject(request -> request.bucket(bucket).key("done/big.bin")).contentType())
                    .isEqualTo("application/x-test");
        }
    }

    @Test
    void aCopyInPartsOfAnObjectOverwrittenSinceItWasListedWritesNoTarget() throws Exception {
        String bucket = LocalS3.createBucket(client);
        client.putObject(request -> request.bucket(bucket).key("in/big.bin"), RequestBody.fromBytes(new byte[6 * MIB]));
        try (ObjectStorage storage = partCopyingStorage(bucket)) {
            StorageObject listed = storage.stat("in/big.bin").orElseThrow();
            client.putObject(request -> request.bucket(bucket).key("in/big.bin"),
                    RequestBody.fromBytes(new byte[7 * MIB]));

            assertThat(storage.move(listed, bucket, "done/big.bin")).isFalse();

            assertThat(storage.stat("done/big.bin")).isEmpty();
            assertThat(storage.stat("in/big.bin")).hasValueSatisfying(o -> assertThat(o.size()).isEqualTo(7 * MIB));
        }
    }

    private static ObjectStorage partCopyingStorage(String bucket) {
        S3Errors errors = new S3Errors(new S3StorageConfig(LocalS3.props(server)));
        S3Client sdk = LocalS3.client(server);
        return new S3ObjectStorage(sdk, bucket, errors, new S3ObjectCopier(sdk, 5 * MIB, 5 * MIB));
    }

    @Override
    protected Set<ObjectAction> supportedActions() {
        return new S3StorageProvider().supportedActions();
    }

    /**
     * s3proxy answers NotImplemented to GetObjectTagging and PutObjectTagging; S3ObjectTaggingTest checks tagging
     * against a client that keeps tags, and {@link #taggingOnAServerWithoutTagsFailsWithoutRetrying} what s3proxy
     * answers.
     */
    @Override
    protected boolean serverSupports(ObjectAction action) {
        return action != ObjectAction.TAG;
    }

    @Override
    protected ObjectStorage createOtherBucket() {
        return new S3StorageProvider().open(LocalS3.createBucket(client), LocalS3.props(server));
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
