package io.cloudstorage.connect.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.RetriableStorageException;
import io.cloudstorage.connect.spi.storage.StorageException;
import io.cloudstorage.connect.spi.storage.StorageObject;

/**
 * s3.socket.timeout.ms against a server that stops answering, s3.connection.timeout.ms against a port that does not
 * take connections: the failure comes soon, and it may heal.
 */
class S3TimeoutsTest {

    private static final Duration SOCKET_TIMEOUT = Duration.ofMillis(500);
    private static final Duration CONNECTION_TIMEOUT = Duration.ofMillis(300);

    /** Generous: the SDK tries a request four times, with backoffs, before it gives up. */
    private static final Duration AT_MOST = Duration.ofSeconds(15);

    @Test
    void aReadThatStallsFailsWithAnIOExceptionAfterTheSocketTimeout() throws Exception {
        try (StallingServer server = new StallingServer(); ObjectStorage storage = open(server)) {
            StorageObject object = new StorageObject("k", 10 * StallingServer.BYTES_BEFORE_STALL, "stalled",
                    Instant.now());
            try (InputStream in = storage.open(object, 0)) {
                assertThat(in.readNBytes(StallingServer.BYTES_BEFORE_STALL)).hasSize(StallingServer.BYTES_BEFORE_STALL);
                long start = System.nanoTime();

                assertThatThrownBy(in::read).isInstanceOf(IOException.class);

                assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(SOCKET_TIMEOUT.dividedBy(2), AT_MOST);
            }
        }
    }

    @Test
    void aRequestThatIsNeverAnsweredFailsAsRetriableAfterTheSocketTimeout() throws Exception {
        try (StallingServer server = new StallingServer(); ObjectStorage storage = open(server)) {
            long start = System.nanoTime();

            assertThatThrownBy(() -> storage.stat("k")).isInstanceOf(RetriableStorageException.class)
                    .hasMessageContaining("s3://bucket/k");

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(SOCKET_TIMEOUT, AT_MOST);
        }
    }

    /**
     * Linux leaves connections to a port whose accept queue is full unanswered, until the client gives up; other
     * systems may refuse them at once, which this test accepts too.
     */
    @Test
    void aConnectionThatDoesNotOpenFailsAsRetriableAgainstTheEndpointAfterTheConnectionTimeout() throws Exception {
        List<Socket> queued = new ArrayList<>();
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            fillAcceptQueue(full, queued);
            try (ObjectStorage storage = open(URI.create("http://127.0.0.1:" + full.getLocalPort()),
                    S3StorageProvider.CONNECTION_TIMEOUT_MS, Long.toString(CONNECTION_TIMEOUT.toMillis()))) {
                long start = System.nanoTime();

                assertThatThrownBy(() -> storage.stat("k")).isInstanceOf(RetriableStorageException.class)
                        .hasMessageContaining("cannot be reached")
                        .satisfies(e -> assertThat(((StorageException) e).relatedConfigKey())
                                .contains(S3StorageProvider.ENDPOINT));

                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(AT_MOST);
            }
        } finally {
            for (Socket socket : queued) {
                socket.close();
            }
        }
    }

    private static void fillAcceptQueue(ServerSocket listener, List<Socket> queued) throws IOException {
        for (int i = 0; i < 10; i++) {
            Socket socket = new Socket();
            try {
                socket.connect(listener.getLocalSocketAddress(), 200);
                queued.add(socket);
            } catch (IOException full) {
                socket.close();
                return;
            }
        }
    }

    private static ObjectStorage open(StallingServer server) {
        return open(server.endpoint(), S3StorageProvider.SOCKET_TIMEOUT_MS, Long.toString(SOCKET_TIMEOUT.toMillis()));
    }

    private static ObjectStorage open(URI endpoint, String timeoutKey, String timeout) {
        return new S3StorageProvider().open("bucket", Map.of(
                S3StorageProvider.ENDPOINT, endpoint.toString(),
                S3StorageProvider.PATH_STYLE_ACCESS, "true",
                S3StorageProvider.ACCESS_KEY_ID, "key",
                S3StorageProvider.SECRET_ACCESS_KEY, "secret",
                timeoutKey, timeout));
    }
}
