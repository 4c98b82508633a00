package io.cloudstorage.connect.locals3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalS3ServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    @Test
    void refusesUnsignedRequestsAndStopsWhenClosed() throws Exception {
        LocalS3Server server = LocalS3Server.start(dataDir);
        try {
            assertThat(server.endpoint().getHost()).isEqualTo("127.0.0.1");
            assertThat(server.accessKey()).isNotBlank().isNotEqualTo(server.secretKey());
            assertThat(server.region()).isEqualTo("us-east-1");
            assertThat(get(server).statusCode()).isEqualTo(403);
        } finally {
            server.close();
        }

        assertThatThrownBy(() -> get(server)).isInstanceOf(ConnectException.class);
        assertThat(dataDir.resolve("buckets")).isDirectory();
        assertThat(dataDir.resolve("s3proxy.log")).isNotEmptyFile();
    }

    @Test
    void servesHttpsWithTheCertificateThatOnlyItsTrustStoreTrusts() throws Exception {
        SelfSignedCertificate certificate = SelfSignedCertificate.generate(dataDir.resolve("tls"));

        try (LocalS3Server server = LocalS3Server.startHttps(dataDir, certificate)) {
            assertThat(server.endpoint().toString()).startsWith("https://127.0.0.1:");
            HttpClient trusting = HttpClient.newBuilder().sslContext(certificate.clientContext()).build();
            assertThat(trusting.send(HttpRequest.newBuilder(server.endpoint()).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(403);
            assertThatThrownBy(() -> get(server)).isInstanceOf(SSLHandshakeException.class);
        }
        assertThat(certificate.keyStore()).isNotEmptyFile();
        assertThat(certificate.trustStore()).isNotEmptyFile();
    }

    @Test
    void deletesTheTemporaryFolderItCreated() throws Exception {
        Path created;
        try (LocalS3Server server = LocalS3Server.start()) {
            created = server.dataDir();
            assertThat(created.resolve("buckets")).isDirectory();
        }
        assertThat(created).doesNotExist();
    }

    @Test
    void saysWhichPropertyToSetWhenTheJarIsNotNamed() {
        withJarProperty(null, () -> assertThatThrownBy(() -> LocalS3Server.start(dataDir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(LocalS3Server.JAR_PROPERTY));
    }

    @Test
    void reportsTheOutputOfAServerThatDiesWhileStarting() throws Exception {
        Path notAJar = Files.writeString(dataDir.resolve("not-a.jar"), "not a jar");

        withJarProperty(notAJar.toString(), () -> assertThatThrownBy(() -> LocalS3Server.start(dataDir))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("exited")
                .hasMessageContaining("jarfile"));
    }

    private HttpResponse<Void> get(LocalS3Server server) throws Exception {
        return http.send(HttpRequest.newBuilder(server.endpoint()).build(), HttpResponse.BodyHandlers.discarding());
    }

    private static void withJarProperty(String value, Runnable check) {
        String saved = System.getProperty(LocalS3Server.JAR_PROPERTY);
        try {
            if (value == null) {
                System.clearProperty(LocalS3Server.JAR_PROPERTY);
            } else {
                System.setProperty(LocalS3Server.JAR_PROPERTY, value);
            }
            check.run();
        } finally {
            System.setProperty(LocalS3Server.JAR_PROPERTY, saved);
        }
    }
}
