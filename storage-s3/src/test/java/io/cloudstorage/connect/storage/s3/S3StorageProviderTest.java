package io.cloudstorage.connect.storage.s3;

import static io.cloudstorage.connect.storage.s3.S3StorageProvider.ACCESS_KEY_ID;
import static io.cloudstorage.connect.storage.s3.S3StorageProvider.CONNECTION_TIMEOUT_MS;
import static io.cloudstorage.connect.storage.s3.S3StorageProvider.ENDPOINT;
import static io.cloudstorage.connect.storage.s3.S3StorageProvider.PATH_STYLE_ACCESS;
import static io.cloudstorage.connect.storage.s3.S3StorageProvider.REGION;
import static io.cloudstorage.connect.storage.s3.S3StorageProvider.SECRET_ACCESS_KEY;
import static io.cloudstorage.connect.storage.s3.S3StorageProvider.SESSION_TOKEN;
import static io.cloudstorage.connect.storage.s3.S3StorageProvider.SOCKET_TIMEOUT_MS;
import static io.cloudstorage.connect.storage.s3.S3StorageProvider.SSL_TRUSTSTORE_LOCATION;
import static io.cloudstorage.connect.storage.s3.S3StorageProvider.SSL_TRUSTSTORE_PASSWORD;
import static io.cloudstorage.connect.storage.s3.S3StorageProvider.SSL_TRUSTSTORE_TYPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cloudstorage.connect.locals3.LocalS3Server;
import io.cloudstorage.connect.locals3.proxy.FaultInjectingProxy;
import io.cloudstorage.connect.spi.plugin.ConfigIssue;
import io.cloudstorage.connect.spi.storage.ObjectAction;
import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.RetriableStorageException;
import io.cloudstorage.connect.spi.storage.StorageException;
import software.amazon.awssdk.services.s3.S3Client;

class S3StorageProviderTest {

    private static final String WRONG_SECRET = "wrong-secret-0123456789abcdef";

    @TempDir
    static Path dataDir;

    private static LocalS3Server server;
    private static String bucket;

    private final S3StorageProvider provider = new S3StorageProvider();

    @BeforeAll
    static void startServer() throws Exception {
        server = LocalS3Server.start(dataDir);
        try (S3Client client = LocalS3.client(server)) {
            bucket = LocalS3.createBucket(client);
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Test
    void definesDocumentedS3KeysThatAllHaveDefaults() {
        ConfigDef configDef = provider.configDef();

        assertThat(provider.name()).isEqualTo("s3");
        assertThat(configDef.names()).containsExactlyInAnyOrder(REGION, ENDPOINT, PATH_STYLE_ACCESS, ACCESS_KEY_ID,
                SECRET_ACCESS_KEY, SESSION_TOKEN, CONNECTION_TIMEOUT_MS, SOCKET_TIMEOUT_MS, SSL_TRUSTSTORE_LOCATION,
                SSL_TRUSTSTORE_PASSWORD, SSL_TRUSTSTORE_TYPE);
        assertThat(configDef.configKeys().values()).allSatisfy(key -> {
            assertThat(key.hasDefault()).as(key.name).isTrue();
            assertThat(key.documentation).as(key.name).isNotBlank();
            assertThat(key.displayName).as(key.name).isNotBlank();
        });
        assertThat(configDef.parse(Map.of())).containsEntry(REGION, "us-east-1").containsEntry(ENDPOINT, null)
                .containsEntry(CONNECTION_TIMEOUT_MS, 10_000).containsEntry(SOCKET_TIMEOUT_MS, 30_000)
                .containsEntry(SSL_TRUSTSTORE_LOCATION, null).containsEntry(SSL_TRUSTSTORE_TYPE, "PKCS12");
        assertThat(configDef.configKeys().get(SSL_TRUSTSTORE_PASSWORD).type).isEqualTo(ConfigDef.Type.PASSWORD);
    }

    @Test
    void supportsEveryAfterReadAction() {
        assertThat(provider.supportedActions()).containsExactlyInAnyOrder(ObjectAction.values());
    }

    @Test
    void acceptsTimeoutsFromATenthOfASecondToAnHour() {
        for (String key : List.of(CONNECTION_TIMEOUT_MS, SOCKET_TIMEOUT_MS)) {
            for (String invalid : List.of("99", "0", "-1", "3600001", "2s")) {
                assertThatThrownBy(() -> provider.open(bucket, with(key, invalid)))
                        .as(key + "=" + invalid).isInstanceOf(ConfigException.class).hasMessageContaining(key);
            }
            provider.open(bucket, with(key, "100")).close();
            provider.open(bucket, with(key, "2000")).close();
            provider.open(bucket, with(key, "3600000")).close();
        }
    }

    @Test
    void reportsEachMissingHalfOfTheStaticKeys() {
        assertThat(provider.validate(Map.of())).isEmpty();
        assertThat(provider.validate(Map.of(ACCESS_KEY_ID, "id", SECRET_ACCESS_KEY, "secret"))).isEmpty();
        assertThat(provider.validate(Map.of(ACCESS_KEY_ID, "id", SECRET_ACCESS_KEY, "secret", SESSION_TOKEN, "t")))
                .isEmpty();

        assertThat(provider.validate(Map.of(ACCESS_KEY_ID, "id"))).extracting(ConfigIssue::key)
                .containsExactly(SECRET_ACCESS_KEY);
        assertThat(provider.validate(Map.of(ACCESS_KEY_ID, " ", SECRET_ACCESS_KEY, "secret")))
                .extracting(ConfigIssue::key).containsExactly(ACCESS_KEY_ID);
        assertThat(provider.validate(Map.of(SESSION_TOKEN, "token"))).extracting(ConfigIssue::key)
                .containsExactly(ACCESS_KEY_ID, SECRET_ACCESS_KEY);
    }

    @Test
    void refusesToOpenWithHalfTheStaticKeysWithoutShowingTheSecret() {
        assertThatThrownBy(() -> provider.open(bucket, Map.of(SECRET_ACCESS_KEY, WRONG_SECRET)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(ACCESS_KEY_ID)
                .hasMessageNotContaining(WRONG_SECRET);
    }

    @Test
    void acceptsOnlyAbsoluteHttpUrlsAsEndpoint() {
        for (String invalid : List.of("minio:9000", "ftp://minio.example.com", "http://", "not a url")) {
            assertThatThrownBy(() -> provider.open(bucket, Map.of(ENDPOINT, invalid)))
                    .as(invalid).isInstanceOf(ConfigException.class).hasMessageContaining(ENDPOINT);
            ConfigValue value = provider.configDef().validate(Map.of(ENDPOINT, invalid)).stream()
                    .filter(v -> v.name().equals(ENDPOINT)).findFirst().orElseThrow();
            assertThat(value.errorMessages()).as(invalid).singleElement().asString().contains("http");
        }
        for (String valid : List.of("", "http://127.0.0.1:9000", "https://minio.example.com/")) {
            provider.open(bucket, Map.of(ENDPOINT, valid)).close();
        }
    }

    @Test
    void checksAnExistingBucket() {
        try (ObjectStorage storage = provider.open(bucket, LocalS3.props(server))) {
            storage.checkBucket("");
        }
    }

    /** A policy may let the credentials list some prefixes of a bucket only: the check asks about the prefix. */
    @Test
    void checksTheBucketByListingOneKeyOfThePrefixOnly() throws Exception {
        try (FaultInjectingProxy proxy = FaultInjectingProxy.start(server.endpoint())) {
            Map<String, String> props = new HashMap<>(LocalS3.props(server));
            props.put(ENDPOINT, proxy.endpoint().toString());
            try (ObjectStorage storage = provider.open(bucket, props)) {
                storage.checkBucket("logs/2026/");
            }

            assertThat(proxy.requests()).singleElement().satisfies(request -> {
                assertThat(request.method()).isEqualTo("GET");
                assertThat(request.bucket()).isEqualTo(bucket);
                assertThat(request.query()).contains("list-type=2", "prefix=logs%2F2026%2F", "max-keys=1");
            });
        }
    }

    @Test
    void blamesTheBucketNameForAMissingBucket() {
        String missing = LocalS3.uniqueBucketName();
        assertCheckFails(missing, LocalS3.props(server), "bucket")
                .isNotInstanceOf(RetriableStorageException.class)
                .hasMessageContaining("NoSuchBucket")
                .hasMessageContaining(server.endpoint().toString());
    }

    @Test
    void blamesTheSecretKeyForAWrongSecret() {
        assertCheckFails(bucket, with(SECRET_ACCESS_KEY, WRONG_SECRET), SECRET_ACCESS_KEY)
                .isNotInstanceOf(RetriableStorageException.class)
                .hasMessageContaining("SignatureDoesNotMatch");
    }

    @Test
    void blamesTheAccessKeyIdForAnUnknownOne() {
        assertCheckFails(bucket, with(ACCESS_KEY_ID, "unknown-access-key"), ACCESS_KEY_ID)
                .isNotInstanceOf(RetriableStorageException.class)
                .hasMessageContaining("InvalidAccessKeyId");
    }

    @Test
    void blamesTheEndpointWhenNothingAnswersThere() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertCheckFails(bucket, with(ENDPOINT, "http://127.0.0.1:" + closedPort), ENDPOINT)
                .isInstanceOf(RetriableStorageException.class);
    }

    /** Needs a machine without AWS credentials: surefire points the profile files at nothing. */
    @Test
    void blamesTheAccessKeyIdWhenTheDefaultChainFindsNoCredentials() {
        assumeThat(Stream.of("AWS_ACCESS_KEY_ID", "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_PROFILE",
                "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI")
                .filter(name -> System.getenv(name) != null)).as("AWS credentials in the environment").isEmpty();
        Map<String, String> props = new HashMap<>(LocalS3.props(server));
        props.remove(ACCESS_KEY_ID);
        props.remove(SECRET_ACCESS_KEY);

        assertCheckFails(bucket, props, ACCESS_KEY_ID)
                .isNotInstanceOf(RetriableStorageException.class)
                .hasMessageContaining(SECRET_ACCESS_KEY);
    }

    @Test
    void neverDescribesTheCredentials() {
        Map<String, String> props = LocalS3.props(server);
        try (ObjectStorage storage = provider.open(bucket, props)) {
            assertThat(storage.toString() + new S3StorageConfig(props))
                    .contains(bucket)
                    .contains(server.endpoint().toString())
                    .doesNotContain(server.accessKey())
                    .doesNotContain(server.secretKey());
        }
    }

    private static Map<String, String> with(String key, String value) {
        Map<String, String> props = new HashMap<>(LocalS3.props(server));
        props.put(key, value);
        return props;
    }

    /** Checks the bucket, expecting a failure that names it, blames {@code key} and shows no secret. */
    private AbstractThrowableAssert<?, ? extends Throwable> assertCheckFails(String bucketName,
                                                                          Map<String, String> props, String key) {
        try (ObjectStorage storage = provider.open(bucketName, props)) {
            return assertThatThrownBy(() -> storage.checkBucket(""))
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining(bucketName)
                    .hasMessageNotContaining(server.secretKey())
                    .hasMessageNotContaining(WRONG_SECRET)
                    .satisfies(e -> assertThat(((StorageException) e).relatedConfigKey()).contains(key));
        }
    }
}
