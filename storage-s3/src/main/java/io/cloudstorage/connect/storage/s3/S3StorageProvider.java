package io.cloudstorage.connect.storage.s3;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cloudstorage.connect.spi.plugin.ConfigIssue;
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

    /** Sent in the User-Agent header, so that server operators can tell this connector's requests apart. */
    private static final String APP_ID = "cloud-storage-source-connector";

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

    /** Static keys come as a pair, and a session token belongs to such a pair: each missing key is reported. */
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
        return issues;
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
                .httpClientBuilder(Apache5HttpClient.builder())
                .overrideConfiguration(override -> override.appId(APP_ID));
        config.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
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
