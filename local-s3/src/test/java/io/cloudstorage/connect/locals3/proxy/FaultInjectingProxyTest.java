package io.cloudstorage.connect.locals3.proxy;

import static io.cloudstorage.connect.locals3.proxy.RequestMatcher.anyRequest;
import static io.cloudstorage.connect.locals3.proxy.RequestMatcher.heads;
import static io.cloudstorage.connect.locals3.proxy.RequestMatcher.listings;
import static io.cloudstorage.connect.locals3.proxy.RequestMatcher.objectReads;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketException;
import java.net.URI;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.cloudstorage.connect.locals3.LocalS3Server;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The proxy on its own, between a plain SDK client (which does not retry) and a real S3 server. */
class FaultInjectingProxyTest {

    private static final String LARGE = "data/large.txt";
    private static final String SMALL = "data/small.txt";
    private static final byte[] LARGE_CONTENT = IntStream.rangeClosed(1, 40_000)
            .mapToObj(line -> "line " + line + " of the large object\n").collect(Collectors.joining()).getBytes(UTF_8);
    private static final int CUT = 100_000;

    @TempDir
    static Path s3Data;
    private static LocalS3Server s3;
    private static FaultInjectingProxy proxy;
    private static S3Client client;
    private static String bucket;

    @BeforeAll
    static void start() throws IOException {
        s3 = LocalS3Server.start(s3Data);
        proxy = FaultInjectingProxy.start(s3.endpoint());
        client = clientThroughProxy().build();
        bucket = "proxied";
        // Straight to the server, so that no test sees these requests in the proxy's log.
        try (S3Client direct = clientBuilder(s3.endpoint()).build()) {
            direct.createBucket(request -> request.bucket(bucket));
            direct.putObject(request -> request.bucket(bucket).key(LARGE), RequestBody.fromBytes(LARGE_CONTENT));
            direct.putObject(request -> request.bucket(bucket).key(SMALL), RequestBody.fromString("small\n"));
        }
    }

    @AfterEach
    void clearProxy() {
        proxy.clearFaults();
        proxy.clearRequests();
    }

    @AfterAll
    static void stop() throws IOException {
        if (client != null) {
            client.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (s3 != null) {
            s3.close();
        }
    }

    @Test
    void requestsAndAnswersPassUnchangedAndEachIsLogged() {
        client.putObject(request -> request.bucket(bucket).key("uploads/1.txt"),
                RequestBody.fromString("uploaded through the proxy"));

        assertThat(client.getObjectAsBytes(request -> request.bucket(bucket).key(LARGE)).asByteArray())
                .isEqualTo(LARGE_CONTENT);
        assertThat(client.getObjectAsBytes(request -> request.bucket(bucket).key(LARGE).range("bytes=10-19"))
                .asByteArray()).isEqualTo(Arrays.copyOfRange(LARGE_CONTENT, 10, 20));
        assertThat(client.headObject(request -> request.bucket(bucket).key(SMALL)).contentLength()).isEqualTo(6);
        assertThat(client.listObjectsV2(request -> request.bucket(bucket).prefix("data/")).contents())
                .extracting(S3Object::key).containsExactly(LARGE, SMALL);
        assertThat(client.getObjectAsBytes(request -> request.bucket(bucket).key("uploads/1.txt")).asUtf8String())
                .isEqualTo("uploaded through the proxy");

        List<ProxiedRequest> log = proxy.requests();
        assertThat(log).extracting(ProxiedRequest::method, ProxiedRequest::key, entry -> entry.range().orElse(""),
                        ProxiedRequest::status)
                .containsExactly(
                        tuple("PUT", "uploads/1.txt", "", 200),
                        tuple("GET", LARGE, "", 200),
                        tuple("GET", LARGE, "bytes=10-19", 206),
                        tuple("HEAD", SMALL, "", 200),
                        tuple("GET", "", "", 200),
                        tuple("GET", "uploads/1.txt", "", 200));
        assertThat(log).allSatisfy(entry -> {
            assertThat(entry.bucket()).isEqualTo(bucket);
            assertThat(entry.faultInjected()).isFalse();
        });
        assertThat(log.get(4).path()).isEqualTo("/" + bucket);
        assertThat(log.get(4).query()).contains("list-type=2", "prefix=data%2F");
        assertThat(log.get(2).rangeStart()).hasValue(10);
    }

    static Stream<Fault.ErrorAnswer> errors() {
        return Stream.of(Fault.slowDown(), Fault.internalError(), Fault.accessDenied());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void theNextMatchingRequestsGetTheS3ErrorInsteadOfTheAnswer(Fault.ErrorAnswer error) {
        FaultRule rule = proxy.faultNext(2, objectReads().inBucket(bucket).withKey(SMALL), error);

        for (int attempt = 1; attempt <= 2; attempt++) {
            S3Exception e = catchThrowableOfType(S3Exception.class,
                    () -> client.getObjectAsBytes(request -> request.bucket(bucket).key(SMALL)));
            assertThat(e.statusCode()).isEqualTo(error.status());
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(error.code());
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(error.message());
            assertThat(client.listObjectsV2(request -> request.bucket(bucket).prefix("data/")).contents())
                    .as("listings do not match the rule").hasSize(2);
            assertThat(client.getObjectAsBytes(request -> request.bucket(bucket).key(LARGE)).asByteArray())
                    .as("other keys do not match the rule").isEqualTo(LARGE_CONTENT);
        }
        assertThat(client.getObjectAsBytes(request -> request.bucket(bucket).key(SMALL)).asUtf8String())
                .isEqualTo("small\n");

        assertThat(rule.applied()).isEqualTo(2);
        assertThat(proxy.requests()).filteredOn(entry -> entry.key().equals(SMALL))
                .extracting(ProxiedRequest::status, ProxiedRequest::faultInjected)
                .containsExactly(tuple(error.status(), true), tuple(error.status(), true), tuple(200, false));
        assertThat(proxy.requests()).filteredOn(entry -> !entry.key().equals(SMALL))
                .allSatisfy(entry -> assertThat(entry.faultInjected()).isFalse());
    }

    @Test
    void anErrorAnswerToAHeadRequestHasNoBodyAndTheConnectionServesTheNextRequest() {
        proxy.faultNext(1, heads(), Fault.accessDenied());

        S3Exception e = catchThrowableOfType(S3Exception.class,
                () -> client.headObject(request -> request.bucket(bucket).key(SMALL)));
        assertThat(e.statusCode()).isEqualTo(403);
        for (int i = 0; i < 3; i++) {
            assertThat(client.headObject(request -> request.bucket(bucket).key(SMALL)).contentLength())
                    .isEqualTo(6);
        }
        assertThat(proxy.requests()).extracting(ProxiedRequest::status).containsExactly(403, 200, 200, 200);
    }

    /** The SDK sends large bodies only after the server's "100 Continue": the proxy passes that on, or refuses. */
    @Test
    void anUploadAnsweredWithAnErrorLeavesTheClientAbleToUploadAgain() {
        proxy.faultNext(1, anyRequest().withKey("uploads/.*"), Fault.accessDenied());

        S3Exception e = catchThrowableOfType(S3Exception.class, () -> client.putObject(
                request -> request.bucket(bucket).key("uploads/denied.txt"), RequestBody.fromBytes(LARGE_CONTENT)));
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
        client.putObject(request -> request.bucket(bucket).key("uploads/allowed.txt"),
                RequestBody.fromBytes(LARGE_CONTENT));

        assertThat(client.getObjectAsBytes(request -> request.bucket(bucket).key("uploads/allowed.txt"))
                .asByteArray()).isEqualTo(LARGE_CONTENT);
        assertThat(client.listObjectsV2(request -> request.bucket(bucket).prefix("uploads/")).contents())
                .extracting(S3Object::key).doesNotContain("uploads/denied.txt");
        assertThat(proxy.requests()).extracting(ProxiedRequest::method, ProxiedRequest::status)
                .startsWith(tuple("PUT", 403), tuple("PUT", 200));
    }

    @Test
    void aFaultUntilClearedAppliesToEveryMatchingRequestUntilItIsCleared() {
        FaultRule rule = proxy.faultUntilCleared(listings().inBucket(bucket), Fault.slowDown());

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> client.listObjectsV2(request -> request.bucket(bucket).prefix("data/")))
                    .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(503));
        }
        assertThat(client.headObject(request -> request.bucket(bucket).key(SMALL)).contentLength()).isEqualTo(6);
        proxy.clearFaults();

        assertThat(client.listObjectsV2(request -> request.bucket(bucket).prefix("data/")).contents()).hasSize(2);
        assertThat(rule.applied()).isEqualTo(3);
        assertThat(proxy.requests()).extracting(ProxiedRequest::status).containsExactly(503, 503, 503, 200, 200);
    }

    @Test
    void aResetCutsTheBodyWithAConnectionResetAfterTheGivenBytes() throws IOException {
        proxy.faultNext(1, objectReads(), Fault.resetAfter(CUT));

        Received received = readLarge(client);

        assertThat(received.failure()).as("how the body ended").isNotNull();
        assertThat(causes(received.failure())).as("causes of %s", received.failure())
                .anySatisfy(cause -> assertThat(cause).isInstanceOf(SocketException.class)
                        .hasMessageContaining("reset"));
        assertThat(received.bytes().length).isLessThanOrEqualTo(CUT);
        assertThat(received.bytes()).isEqualTo(Arrays.copyOf(LARGE_CONTENT, received.bytes().length));
        assertThat(readLarge(client).bytes()).as("the next read").isEqualTo(LARGE_CONTENT);
        assertThat(proxy.requests()).extracting(ProxiedRequest::status, ProxiedRequest::faultInjected)
                .containsExactly(tuple(200, true), tuple(200, false));
    }

    @Test
    void aTruncationEndsTheConnectionCleanlyBeforeTheAnnouncedLength() throws IOException {
        proxy.faultNext(1, objectReads(), Fault.truncateAfter(CUT));

        Received received = readLarge(client);

        assertThat(received.contentLength()).isEqualTo(LARGE_CONTENT.length);
        assertThat(received.bytes()).isEqualTo(Arrays.copyOf(LARGE_CONTENT, CUT));
        assertThat(received.failure()).as("how the body ended").isNotNull()
                .hasMessageContaining("Premature end of Content-Length delimited message body");
        assertThat(readLarge(client).bytes()).as("the next read").isEqualTo(LARGE_CONTENT);
    }

    @Test
    void aStallSendsNothingMoreUntilTheClientsReadTimeoutFires() throws IOException {
        proxy.faultNext(1, objectReads(), Fault.stallAfter(CUT));

        try (S3Client impatient = clientThroughProxy()
                .httpClientBuilder(Apache5HttpClient.builder().socketTimeout(Duration.ofSeconds(1))).build()) {
            Received received = readLarge(impatient);

            assertThat(received.bytes()).isEqualTo(Arrays.copyOf(LARGE_CONTENT, CUT));
            assertThat(causes(received.failure())).as("causes of %s", received.failure())
                    .anySatisfy(cause -> assertThat(cause).isInstanceOf(SocketTimeoutException.class));
        }
    }

    @Test
    void aStalledBodyGoesOnWhenTheFaultIsCleared() throws Exception {
        proxy.faultNext(1, objectReads(), Fault.stallAfter(CUT));

        CompletableFuture<Received> read = CompletableFuture.supplyAsync(() -> readLarge(client));

        assertThatThrownBy(() -> read.get(1, TimeUnit.SECONDS)).as("the read while stalled")
                .isInstanceOf(TimeoutException.class);
        proxy.clearFaults();
        Received received = read.get(30, TimeUnit.SECONDS);
        assertThat(received.failure()).isNull();
        assertThat(received.bytes()).isEqualTo(LARGE_CONTENT);
    }

    @Test
    void aStallWithAPauseGoesOnByItself() {
        proxy.faultNext(1, objectReads(), Fault.stallAfter(CUT, Duration.ofMillis(300)));

        Received received = readLarge(client);

        assertThat(received.failure()).isNull();
        assertThat(received.bytes()).isEqualTo(LARGE_CONTENT);
        assertThat(proxy.requests()).singleElement().satisfies(entry -> assertThat(entry.faultInjected()).isTrue());
    }

    @Test
    void aPacedBodyArrivesWholeAndTheConnectionServesTheNextRequest() {
        FaultRule remote = proxy.faultUntilCleared(objectReads(), Fault.paced(Duration.ofMillis(20), 20_000_000));

        Received received = readLarge(client);
        Received again = readLarge(client);
        remote.clear();

        assertThat(received.failure()).isNull();
        assertThat(received.bytes()).isEqualTo(LARGE_CONTENT);
        assertThat(again.bytes()).isEqualTo(LARGE_CONTENT);
        assertThat(proxy.requests()).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.fault()).isInstanceOf(Fault.Paced.class);
            assertThat(entry.status()).isEqualTo(200);
        });
    }

    private static S3ClientBuilder clientThroughProxy() {
        // Without retries, each fault reaches the test as it is.
        return clientBuilder(proxy.endpoint())
                .overrideConfiguration(override -> override.retryStrategy(AwsRetryStrategy.doNotRetry()));
    }

    private static S3ClientBuilder clientBuilder(URI endpoint) {
        return S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(s3.region()))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
    }

    /**
     * What a client got of the large object's body, and how reading it failed, if it did.
     *
     * @param contentLength the length the answer announced, or -1 if none came
     */
    private record Received(long contentLength, byte[] bytes, IOException failure) {
    }

    private static Received readLarge(S3Client s3Client) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ResponseInputStream<GetObjectResponse> response;
        try {
            response = s3Client.getObject(request -> request.bucket(bucket).key(LARGE));
        } catch (SdkClientException e) {
            // A reset drops what the client had not read yet, which may be the answer's head too.
            return new Received(-1, new byte[0], new IOException("No answer came", e));
        }
        try (ResponseInputStream<GetObjectResponse> in = response) {
            try {
                copy(in, bytes);
                return new Received(in.response().contentLength(), bytes.toByteArray(), null);
            } catch (IOException e) {
                in.abort();
                return new Received(in.response().contentLength(), bytes.toByteArray(), e);
            }
        } catch (IOException e) {
            throw new AssertionError("Closing the response failed", e);
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) throws IOException {
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
        }
    }

    private static List<Throwable> causes(Throwable e) {
        return Stream.iterate(e, cause -> cause != null, Throwable::getCause).toList();
    }
}
