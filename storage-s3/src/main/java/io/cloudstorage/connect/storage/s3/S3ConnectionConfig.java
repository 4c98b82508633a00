package io.cloudstorage.connect.storage.s3;

import static io.cloudstorage.connect.storage.s3.S3StorageProvider.CONNECTION_TIMEOUT_MS;
import static io.cloudstorage.connect.storage.s3.S3StorageProvider.ENDPOINT;
import static io.cloudstorage.connect.storage.s3.S3StorageProvider.SOCKET_TIMEOUT_MS;
import static io.cloudstorage.connect.storage.s3.S3StorageProvider.SSL_TRUSTSTORE_LOCATION;
import static io.cloudstorage.connect.storage.s3.S3StorageProvider.SSL_TRUSTSTORE_PASSWORD;
import static io.cloudstorage.connect.storage.s3.S3StorageProvider.SSL_TRUSTSTORE_TYPE;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/** How the S3 client connects: its timeouts, and the certificates it trusts for HTTPS. */
final class S3ConnectionConfig {

    /**
     * Below 100 ms a healthy request would fail; above an hour a stalled one would hold a task that long. The
     * lower bound also catches a value meant in seconds.
     */
    private static final Range TIMEOUT_RANGE = Range.between(100, 3_600_000);

    private final AbstractConfig config;

    S3ConnectionConfig(AbstractConfig config) {
        this.config = config;
    }

    static ConfigDef define(ConfigDef def) {
        return def
                .define(CONNECTION_TIMEOUT_MS, Type.INT, 10_000, TIMEOUT_RANGE, Importance.LOW,
                        "How long, in milliseconds, to wait for a connection to the S3 server to open. A "
                                + "connection that takes longer fails, and the request is tried again after a "
                                + "backoff.",
                        null, -1, Width.SHORT, "Connection timeout (ms)")
                .define(SOCKET_TIMEOUT_MS, Type.INT, 30_000, TIMEOUT_RANGE, Importance.LOW,
                        "How long, in milliseconds, to wait for the next bytes from the S3 server: the answer "
                                + "to a request, or more of an object being read. A connection that stays silent "
                                + "longer is given up, and the request is tried again after a backoff. Lower it "
                                + "(e.g. to 2000) to recover sooner from stalled connections; too low a value fails "
                                + "requests that a slow but healthy server answers.",
                        null, -1, Width.SHORT, "Socket timeout (ms)")
                .define(SSL_TRUSTSTORE_LOCATION, Type.STRING, null, Importance.LOW,
                        "The trust store file holding the certificates to trust for HTTPS to the S3 server: the "
                                + "server's own certificate, or that of the authority that signed it, e.g. for a "
                                + ENDPOINT + " with a private or self-signed certificate. When set, the client "
                                + "trusts exactly the certificates in this file, not the JVM's default authorities. "
                                + "The file must exist at this path on every worker. Leave empty to trust the "
                                + "JVM's default authorities.",
                        null, -1, Width.LONG, "Trust store")
                .define(SSL_TRUSTSTORE_PASSWORD, Type.PASSWORD, null, Importance.LOW,
                        "The password of " + SSL_TRUSTSTORE_LOCATION + ". PKCS12 trust stores made by keytool "
                                + "need it: their certificates are encrypted with it.",
                        null, -1, Width.MEDIUM, "Trust store password")
                .define(SSL_TRUSTSTORE_TYPE, Type.STRING, "PKCS12",
                        ConfigDef.CaseInsensitiveValidString.in("PKCS12", "JKS"), Importance.LOW,
                        "The format of " + SSL_TRUSTSTORE_LOCATION + ": PKCS12 (keytool's default) or JKS.",
                        null, -1, Width.SHORT, "Trust store type");
    }

    Duration connectionTimeout() {
        return Duration.ofMillis(config.getInt(CONNECTION_TIMEOUT_MS));
    }

    Duration socketTimeout() {
        return Duration.ofMillis(config.getInt(SOCKET_TIMEOUT_MS));
    }

    /** The trust store that replaces the JVM's default authorities, if one is set. */
    Optional<S3TrustStore> trustStore() {
        return Optional.ofNullable(config.getString(SSL_TRUSTSTORE_LOCATION)).filter(value -> !value.isBlank())
                .map(location -> new S3TrustStore(Path.of(location), config.getString(SSL_TRUSTSTORE_TYPE),
                        config.getPassword(SSL_TRUSTSTORE_PASSWORD)));
    }

    /** Never shows the trust store's password. */
    @Override
    public String toString() {
        return "connection timeout " + connectionTimeout().toMillis() + " ms, socket timeout "
                + socketTimeout().toMillis() + " ms" + trustStore().map(store -> ", trusting " + store).orElse("");
    }
}
