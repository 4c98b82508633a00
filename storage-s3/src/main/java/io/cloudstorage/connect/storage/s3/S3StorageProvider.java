package io.cloudstorage.connect.storage.s3;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cloudstorage.connect.spi.plugin.ConfigIssue;
import io.cloudstorage.connect.spi.storage.ObjectAction;
import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.StorageProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** Amazon S3 and S3-compatible servers, through the AWS SDK for Java v2. */
public final class S3StorageProvider implements StorageProvider {

    public static final String REGION = "s3.region";
    public static final String ENDPOINT = "s3.endpoint";
    public static final String PATH_STYLE_ACCESS = "s3.path.style.access";
    public static final String ACCESS_KEY_ID = "s3.access.key.id";
    public static final String SECRET_ACCESS_KEY = "s3.secret.access.key";
    public static final String SESSION_TOKEN = "s3.session.token";
    public static final String CONNECTION_TIMEOUT_MS = "s3.connection.timeout.ms";
    public static final String SOCKET_TIMEOUT_MS = "s3.socket.timeout.ms";
    public static final String SSL_TRUSTSTORE_LOCATION = "s3.ssl.truststore.location";
    public static final String SSL_TRUSTSTORE_PASSWORD = "s3.ssl.truststore.password";
    public static final String SSL_TRUSTSTORE_TYPE = "s3.ssl.truststore.type";

    /** Sent in the User-Agent header, so that server operators can tell this connector's requests apart. */
    private static final String APP_ID = "cloud-storage-source-connector";
    /** How many times the SDK tries a request before the failure reaches the connector. */
    private static final int SDK_ATTEMPTS = 2;

    private static final Logger log = LoggerFactory.getLogger(S3StorageProvider.class);

    @Override
    public String name() {
        return "s3";
    }

    @Override
    public String description() {
        return "Amazon S3, or any server that speaks the S3 API (MinIO, Ceph, s3proxy...) through s3.endpoint.";
    }

    @Override
    public ConfigDef configDef() {
        return S3StorageConfig.configDef();
    }

    @Override
    public Set<ObjectAction> supportedActions() {
        return EnumSet.allOf(ObjectAction.class);
    }

    /**
     * Static keys come as a pair, and a session token belongs to such a pair: each missing key is reported. A
     * trust store is read, so that a missing file or a wrong password shows before any request is made.
     */
    @Override
    public List<ConfigIssue> validate(Map<String, String> props) {
        boolean accessKeyId = isSet(props, ACCESS_KEY_ID);
        boolean secretAccessKey = isSet(props, SECRET_ACCESS_KEY);
        boolean sessionToken = isSet(props, SESSION_TOKEN);
        List<ConfigIssue> issues = new ArrayList<>();
        if (!accessKeyId && (secretAccessKey || sessionToken)) {
            issues.add(new ConfigIssue(ACCESS_KEY_ID, "Set " + ACCESS_KEY_ID + " together with "
                    + (secretAccessKey ? SECRET_ACCESS_KEY : SESSION_TOKEN) + ", or leave "
                    + "the keys empty to use the default credentials chain."));
        }
        if (!secretAccessKey && (accessKeyId || sessionToken)) {
            issues.add(new ConfigIssue(SECRET_ACCESS_KEY, "Set " + SECRET_ACCESS_KEY + " together with "
                    + (accessKeyId ? ACCESS_KEY_ID : SESSION_TOKEN) + ", or leave "
                    + "the keys empty to use the default credentials chain."));
        }
        if (!isSet(props, SSL_TRUSTSTORE_LOCATION) && isSet(props, SSL_TRUSTSTORE_PASSWORD)) {
            issues.add(new ConfigIssue(SSL_TRUSTSTORE_LOCATION, "Set " + SSL_TRUSTSTORE_LOCATION + " to the trust "
                    + "store that " + SSL_TRUSTSTORE_PASSWORD + " opens, or leave " + SSL_TRUSTSTORE_PASSWORD
                    + " empty."));
        }
        trustStore(props).flatMap(S3TrustStore::problem).ifPresent(issues::add);
        return issues;
    }

    /** Empty also if a key does not parse: its ConfigDef validation reports that against the key. */
    private static Optional<S3TrustStore> trustStore(Map<String, String> props) {
        try {
            return new S3StorageConfig(props).connection().trustStore();
        } catch (ConfigException e) {
            return Optional.empty();
        }
    }

    @Override
    public ObjectStorage open(String bucket, Map<String, String> props) {
        List<ConfigIssue> issues = validate(props);
        if (!issues.isEmpty()) {
            // The value is left out of the message: these keys hold secrets.
            throw new ConfigException(issues.get(0).key(), null, issues.get(0).message());
        }
        S3StorageConfig config = new S3StorageConfig(props);
        log.info("Opening S3 bucket {} at {}", bucket, config);
        return new S3ObjectStorage(newClient(config), bucket, new S3Errors(config));
    }

    private static S3Client newClient(S3StorageConfig config) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(config.region()))
                .forcePathStyle(config.pathStyleAccess())
                .credentialsProvider(credentialsProvider(config))
                .httpClientBuilder(httpClient(config.connection()))
                // One quick retry inside the SDK; longer waits are the connector's backoff, per source partition,
                // so that a throttled object does not hold a task's poll (and its other partitions) for seconds.
                .overrideConfiguration(override -> override.appId(APP_ID)
                        .retryStrategy(retry -> retry.maxAttempts(SDK_ATTEMPTS)));
        config.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static Apache5HttpClient.Builder httpClient(S3ConnectionConfig connection) {
        Apache5HttpClient.Builder builder = Apache5HttpClient.builder()
                .connectionTimeout(connection.connectionTimeout())
                .socketTimeout(connection.socketTimeout());
        connection.trustStore().ifPresent(store -> builder.tlsTrustManagersProvider(store::trustManagers));
        return builder;
    }

    /** The client owns (and closes) the provider: a new default chain each time, never the SDK's shared one. */
    private static AwsCredentialsProvider credentialsProvider(S3StorageConfig config) {
        if (config.accessKeyId().isEmpty()) {
            return DefaultCredentialsProvider.builder().build();
        }
        String accessKeyId = config.accessKeyId().get();
        String secretAccessKey = config.secretAccessKey().orElseThrow();
        AwsCredentials credentials = config.sessionToken()
                .<AwsCredentials>map(token -> AwsSessionCredentials.create(accessKeyId, secretAccessKey, token))
                .orElseGet(() -> AwsBasicCredentials.create(accessKeyId, secretAccessKey));
        return StaticCredentialsProvider.create(credentials);
    }

    private static boolean isSet(Map<String, String> props, String key) {
        String value = props.get(key);
        return value != null && !value.isBlank();
    }
}
