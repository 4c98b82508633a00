package io.cloudstorage.connect.storage.s3;

import static io.cloudstorage.connect.storage.s3.S3StorageProvider.ACCESS_KEY_ID;
import static io.cloudstorage.connect.storage.s3.S3StorageProvider.ENDPOINT;
import static io.cloudstorage.connect.storage.s3.S3StorageProvider.PATH_STYLE_ACCESS;
import static io.cloudstorage.connect.storage.s3.S3StorageProvider.REGION;
import static io.cloudstorage.connect.storage.s3.S3StorageProvider.SECRET_ACCESS_KEY;
import static io.cloudstorage.connect.storage.s3.S3StorageProvider.SESSION_TOKEN;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/** The S3 provider's keys, parsed and typed: nothing else reads them from the raw configuration. */
final class S3StorageConfig {

    private final AbstractConfig config;
    private final S3ConnectionConfig connection;

    S3StorageConfig(Map<String, String> props) {
        this.config = new AbstractConfig(configDef(), props, false);
        this.connection = new S3ConnectionConfig(config);
    }

    /** A new definition on each call: the connector assigns groups and order to its own copy. */
    static ConfigDef configDef() {
        return S3ConnectionConfig.define(new ConfigDef()
                .define(REGION, Type.STRING, "us-east-1", Importance.HIGH,
                        "The AWS region of the bucket, e.g. eu-west-1; requests are signed for it. With "
                                + ENDPOINT + ", the region that server expects (often us-east-1, which most "
                                + "S3-compatible servers accept).",
                        null, -1, Width.SHORT, "Region")
                .define(ENDPOINT, Type.STRING, null, new EndpointValidator(), Importance.MEDIUM,
                        "The URL of an S3-compatible server (MinIO, Ceph, s3proxy, a VPC endpoint...), e.g. "
                                + "https://minio.example.com:9000. Leave empty for Amazon S3 in " + REGION + ".",
                        null, -1, Width.LONG, "Endpoint")
                .define(PATH_STYLE_ACCESS, Type.BOOLEAN, false, Importance.MEDIUM,
                        "Whether to put the bucket in the URL path (https://host/bucket/key) instead of the host "
                                + "name (https://bucket.host/key). Most S3-compatible servers (MinIO, s3proxy, "
                                + "Ceph...) need true; Amazon S3 needs false for new buckets.",
                        null, -1, Width.SHORT, "Path-style access")
                .define(ACCESS_KEY_ID, Type.PASSWORD, null, Importance.HIGH,
                        "The access key id to sign requests with, set together with " + SECRET_ACCESS_KEY
                                + ". Leave both empty to use the AWS SDK's default credentials chain: environment "
                                + "variables, Java system properties, profile files, web identity tokens, then "
                                + "container and EC2 instance roles.",
                        null, -1, Width.MEDIUM, "Access key id")
                .define(SECRET_ACCESS_KEY, Type.PASSWORD, null, Importance.HIGH,
                        "The secret access key of " + ACCESS_KEY_ID + ".",
                        null, -1, Width.MEDIUM, "Secret access key")
                .define(SESSION_TOKEN, Type.PASSWORD, null, Importance.LOW,
                        "The session token of temporary credentials, used with " + ACCESS_KEY_ID + " and "
                                + SECRET_ACCESS_KEY + ". Temporary credentials expire and are not renewed: "
                                + "prefer the default credentials chain for them.",
                        null, -1, Width.LONG, "Session token"));
    }

    String region() {
        return config.getString(REGION);
    }

    Optional<URI> endpoint() {
        return Optional.ofNullable(config.getString(ENDPOINT)).filter(value -> !value.isBlank()).map(URI::create);
    }

    boolean pathStyleAccess() {
        return config.getBoolean(PATH_STYLE_ACCESS);
    }

    Optional<String> accessKeyId() {
        return secret(ACCESS_KEY_ID);
    }

    Optional<String> secretAccessKey() {
        return secret(SECRET_ACCESS_KEY);
    }

    Optional<String> sessionToken() {
        return secret(SESSION_TOKEN);
    }

    S3ConnectionConfig connection() {
        return connection;
    }

    /** Where the bucket is, for messages: the endpoint if one is set, else the region. */
    String location() {
        return endpoint().map(uri -> "endpoint " + uri).orElse("region " + region());
    }

    /** The key to blame when the server cannot be reached: the endpoint, or else the region that names the host. */
    String connectionKey() {
        return endpoint().isPresent() ? ENDPOINT : REGION;
    }

    /** Says where the bucket is, how it is reached and where credentials come from, never what they are. */
    @Override
    public String toString() {
        return location() + (pathStyleAccess() ? ", path-style access" : "") + ", credentials from "
                + (accessKeyId().isPresent() ? "the configured access key" : "the default credentials chain")
                + ", " + connection;
    }

    private Optional<String> secret(String key) {
        return Optional.ofNullable(config.getPassword(key)).map(Password::value).filter(value -> !value.isBlank());
    }

    /** Accepts nothing (Amazon S3) or an absolute http(s) URL with a host. */
    private static final class EndpointValidator implements ConfigDef.Validator {

        @Override
        public void ensureValid(String name, Object value) {
            if (value == null || value.toString().isBlank()) {
                return;
            }
            try {
                URI uri = new URI(value.toString());
                if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                    return;
                }
            } catch (URISyntaxException e) {
                // Reported below, with what a valid value looks like.
            }
            throw new ConfigException(name, value, "Must be an absolute http:// or https:// URL with a host, such "
                    + "as https://minio.example.com:9000, or empty for Amazon S3");
        }

        @Override
        public String toString() {
            return "an http:// or https:// URL, or empty";
        }
    }
}
