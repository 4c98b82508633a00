package io.cloudstorage.connect.storage.s3;

import static io.cloudstorage.connect.storage.s3.S3StorageProvider.ENDPOINT;
import static io.cloudstorage.connect.storage.s3.S3StorageProvider.SSL_TRUSTSTORE_LOCATION;
import static io.cloudstorage.connect.storage.s3.S3StorageProvider.SSL_TRUSTSTORE_PASSWORD;
import static io.cloudstorage.connect.storage.s3.S3StorageProvider.SSL_TRUSTSTORE_TYPE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cloudstorage.connect.locals3.LocalS3Server;
import io.cloudstorage.connect.locals3.SelfSignedCertificate;
import io.cloudstorage.connect.spi.plugin.ConfigIssue;
import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.RetriableStorageException;
import io.cloudstorage.connect.spi.storage.StorageException;
import io.cloudstorage.connect.spi.storage.StorageObject;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** HTTPS to s3proxy with a self-signed certificate, which only the configured trust store vouches for. */
class S3TrustStoreTest {

    private static final String WRONG_PASSWORD = "wrong-password-0123456789";

    @TempDir
    static Path dataDir;

    private static SelfSignedCertificate certificate;
    private static LocalS3Server server;
    private static String bucket;

    private final S3StorageProvider provider = new S3StorageProvider();

    @BeforeAll
    static void startServer() throws Exception {
        certificate = SelfSignedCertificate.generate(dataDir.resolve("tls"));
        server = LocalS3Server.startHttps(dataDir.resolve("s3"), certificate);
        try (S3Client client = LocalS3.client(server, certificate)) {
            bucket = LocalS3.createBucket(client);
            client.putObject(request -> request.bucket(bucket).key("logs/a.txt"), RequestBody.fromString("hello"));
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Test
    void listsAndReadsTheBucketWhenTheTrustStoreHoldsTheServersCertificate() throws Exception {
        assertListsAndReads(trusting(certificate.trustStore()));
    }

    @Test
    void acceptsTheSameCertificateInAJksTrustStore() throws Exception {
        Path jks = dataDir.resolve("truststore.jks");
        KeyStore store = KeyStore.getInstance("JKS");
        store.load(null, null);
        KeyStore pkcs12 = LocalS3.trustStore(certificate);
        store.setCertificateEntry("s3", pkcs12.getCertificate(pkcs12.aliases().nextElement()));
        try (OutputStream out = Files.newOutputStream(jks)) {
            store.store(out, certificate.password().toCharArray());
        }
        Map<String, String> props = trusting(jks);
        props.put(SSL_TRUSTSTORE_TYPE, "jks");

        assertThat(provider.validate(props)).isEmpty();
        assertListsAndReads(props);
    }

    @Test
    void anUntrustedCertificateFailsAgainstTheTrustStoreKeyWithoutRetrying() {
        assertUntrusted(new HashMap<>(LocalS3.props(server)));
    }

    @Test
    void aCertificateForAnotherHostIsNotTrustedEither() {
        Map<String, String> props = trusting(certificate.trustStore());
        props.put(ENDPOINT, "https://localhost:" + server.endpoint().getPort());

        assertUntrusted(props);
    }

    @Test
    void aWrongPasswordIsReportedAgainstThePasswordWithoutShowingIt() {
        Map<String, String> props = trusting(certificate.trustStore());
        props.put(SSL_TRUSTSTORE_PASSWORD, WRONG_PASSWORD);

        assertThat(provider.validate(props)).singleElement().satisfies(issue -> {
            assertThat(issue.key()).isEqualTo(SSL_TRUSTSTORE_PASSWORD);
            assertThat(issue.message()).contains(certificate.trustStore().toString())
                    .doesNotContain(WRONG_PASSWORD).doesNotContain(certificate.password());
        });
        assertThatThrownBy(() -> provider.open(bucket, props)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(SSL_TRUSTSTORE_PASSWORD).hasMessageNotContaining(WRONG_PASSWORD);
    }

    @Test
    void aMissingOrUnreadableFileIsReportedAgainstTheLocation() {
        assertSingleIssue(trusting(dataDir.resolve("missing.p12")), SSL_TRUSTSTORE_LOCATION, "does not exist");
        assertSingleIssue(trusting(dataDir), SSL_TRUSTSTORE_LOCATION, "cannot be read");
    }

    @Test
    void aFileOfAnotherFormatIsReportedAgainstTheType() throws Exception {
        Path pem = Files.writeString(dataDir.resolve("server.pem"), "-----BEGIN CERTIFICATE-----\nMIIB\n", UTF_8);

        assertSingleIssue(trusting(pem), SSL_TRUSTSTORE_TYPE, "PKCS12 or JKS");
    }

    @Test
    void aStoreWhoseCertificatesNeedThePasswordIsReportedWhenNoneIsSet() {
        Map<String, String> props = trusting(certificate.trustStore());
        props.remove(SSL_TRUSTSTORE_PASSWORD);

        assertSingleIssue(props, SSL_TRUSTSTORE_LOCATION, SSL_TRUSTSTORE_PASSWORD);
    }

    @Test
    void aPasswordWithoutATrustStoreIsReported() {
        Map<String, String> props = new HashMap<>(LocalS3.props(server));
        props.put(SSL_TRUSTSTORE_PASSWORD, WRONG_PASSWORD);

        assertSingleIssue(props, SSL_TRUSTSTORE_LOCATION, SSL_TRUSTSTORE_PASSWORD);
    }

    @Test
    void acceptsOnlyPkcs12AndJksAsType() {
        Map<String, String> props = trusting(certificate.trustStore());
        props.put(SSL_TRUSTSTORE_TYPE, "PEM");

        assertThatThrownBy(() -> provider.open(bucket, props)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(SSL_TRUSTSTORE_TYPE);
        assertThat(provider.validate(props)).as("left to the key's own validation").isEmpty();
    }

    private void assertListsAndReads(Map<String, String> props) throws Exception {
        try (ObjectStorage storage = provider.open(bucket, props)) {
            storage.checkBucket("");
            StorageObject object = storage.list("logs/", null, 10).get(0);
            try (InputStream in = storage.open(object, 0)) {
                assertThat(new String(in.readAllBytes(), UTF_8)).isEqualTo("hello");
            }
        }
    }

    private void assertUntrusted(Map<String, String> props) {
        try (ObjectStorage storage = provider.open(bucket, props)) {
            assertThatThrownBy(() -> storage.checkBucket(""))
                    .isInstanceOf(StorageException.class)
                    .isNotInstanceOf(RetriableStorageException.class)
                    .hasMessageContaining("certificate is not trusted")
                    .hasMessageContaining(SSL_TRUSTSTORE_LOCATION)
                    .satisfies(e -> assertThat(((StorageException) e).relatedConfigKey())
                            .contains(SSL_TRUSTSTORE_LOCATION));
        }
    }

    private void assertSingleIssue(Map<String, String> props, String key, String messagePart) {
        assertThat(provider.validate(props)).extracting(ConfigIssue::key).containsExactly(key);
        assertThat(provider.validate(props).get(0).message()).contains(messagePart);
    }

    private static Map<String, String> trusting(Path trustStore) {
        Map<String, String> props = new HashMap<>(LocalS3.props(server));
        props.put(SSL_TRUSTSTORE_LOCATION, trustStore.toString());
        props.put(SSL_TRUSTSTORE_PASSWORD, certificate.password());
        return props;
    }
}
