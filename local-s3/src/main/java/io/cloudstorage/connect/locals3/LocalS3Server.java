package io.cloudstorage.connect.locals3;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An S3 server on 127.0.0.1 for tests and local tools: <a href="https://github.com/gaul/s3proxy">s3proxy</a>
 * keeping each bucket as a folder, with AWS signature (v2 or v4) authentication.
 *
 * <p>s3proxy runs as a separate child process ({@code java -jar s3proxy.jar --properties FILE}), never inside the
 * calling JVM: its jar bundles its own dependencies (Jetty, Jackson, Guava, logback and an SLF4J binding, ...) in
 * versions that clash with Kafka's, so loading it beside a Kafka Connect worker, or a test that runs one, breaks
 * one or the other. This class therefore uses the JDK only, and the jar is found through the system property
 * {@value #JAR_PROPERTY} (an absolute path to {@code org.gaul:s3proxy}'s {@code jar-with-dependencies}), which a
 * Maven module sets by copying the jar with maven-dependency-plugin and passing the path to its tests.
 *
 * <p>The data folder holds {@code buckets/} (one folder per bucket, one file per object), the generated
 * {@code s3proxy.properties} and s3proxy's output in {@code s3proxy.log}. The buckets are not the folder itself
 * because s3proxy would list every file there, the log included, as a bucket. Objects must be written through
 * S3: a file copied into a bucket folder by hand is served without an ETag.
 *
 * <p>{@link #startHttps} serves HTTPS instead of HTTP, with a {@link SelfSignedCertificate}: clients must trust
 * its trust store, which tests TLS to a custom endpoint.
 *
 * <p>{@link #close()} stops the process; a shutdown hook does too if the JVM exits first. Only a JVM killed
 * outright (SIGKILL) leaves the child running.
 */
public final class LocalS3Server implements AutoCloseable {

    /** The system property naming s3proxy's {@code jar-with-dependencies}. */
    public static final String JAR_PROPERTY = "s3proxy.jar";

    private static final String REGION = "us-east-1";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final int LOG_TAIL_LINES = 40;

    private final Path dataDir;
    private final boolean deleteDataDirOnClose;
    private final URI endpoint;
    private final String accessKey;
    private final String secretKey;
    private final Process process;
    private final Thread shutdownHook;

    private LocalS3Server(Path dataDir, boolean deleteDataDirOnClose, URI endpoint, String accessKey, String secretKey,
                          Process process) {
        this.dataDir = dataDir;
        this.deleteDataDirOnClose = deleteDataDirOnClose;
        this.endpoint = endpoint;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.process = process;
        this.shutdownHook = new Thread(this::stopProcess, "local-s3-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts a server whose data lives in a new temporary folder, deleted by {@link #close()}. */
    public static LocalS3Server start() throws IOException {
        return start(Files.createTempDirectory("local-s3-"), true, null);
    }

    /**
     * Starts a server keeping its buckets in {@code dataDir/buckets} (kept after {@link #close()}, so a new server
     * on the same folder finds them again) and returns once it answers HTTP requests.
     *
     * @throws IllegalStateException if the system property {@value #JAR_PROPERTY} does not name a file
     * @throws IOException if the server cannot be started or does not answer within 30 s; the message holds the
     *                     end of its output
     */
    public static LocalS3Server start(Path dataDir) throws IOException {
        return start(dataDir, false, null);
    }

    /**
     * Like {@link #start(Path)}, but the server speaks HTTPS only (its endpoint is {@code https://127.0.0.1:port}),
     * with {@code certificate}'s key pair.
     */
    public static LocalS3Server startHttps(Path dataDir, SelfSignedCertificate certificate) throws IOException {
        return start(dataDir, false, certificate);
    }

    /** @param certificate the server's key pair for HTTPS, or {@code null} for HTTP */
    private static LocalS3Server start(Path dataDir, boolean deleteDataDirOnClose, SelfSignedCertificate certificate)
            throws IOException {
        Path jar = s3proxyJar();
        Path buckets = Files.createDirectories(dataDir.resolve("buckets")).toAbsolutePath();
        Path logFile = dataDir.resolve("s3proxy.log");
        URI endpoint = URI.create((certificate == null ? "http" : "https") + "://127.0.0.1:" + freePort());
        String accessKey = "local-s3-" + randomHex().substring(0, 8);
        String secretKey = randomHex();

        Properties settings = new Properties();
        if (certificate == null) {
            settings.setProperty("s3proxy.endpoint", endpoint.toString());
        } else {
            settings.setProperty("s3proxy.secure-endpoint", endpoint.toString());
            settings.setProperty("s3proxy.keystore-path", certificate.keyStore().toAbsolutePath().toString());
            settings.setProperty("s3proxy.keystore-password", certificate.password());
        }
        settings.setProperty("s3proxy.authorization", "aws-v2-or-v4");
        settings.setProperty("s3proxy.identity", accessKey);
        settings.setProperty("s3proxy.credential", secretKey);
        settings.setProperty("jclouds.provider", "filesystem-nio2");
        settings.setProperty("jclouds.filesystem.basedir", buckets.toString());
        Path settingsFile = dataDir.resolve("s3proxy.properties");
        // As bytes, which escape any non-Latin-1 character of the folder's path, as s3proxy reads them.
        try (OutputStream out = Files.newOutputStream(settingsFile)) {
            settings.store(out, "Written by " + LocalS3Server.class.getName());
        }

        // A bounded heap: the default, a quarter of the machine's memory, is far more than s3proxy needs.
        Process process = new ProcessBuilder(javaExecutable(), "-Xmx512m", "-jar", jar.toString(),
                "--properties", settingsFile.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        process.getOutputStream().close(); // s3proxy reads nothing from its standard input
        try {
            HttpClient.Builder probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1));
            if (certificate != null) {
                probe.sslContext(certificate.clientContext());
            }
            awaitReady(process, probe.build(), endpoint, logFile);
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
        return new LocalS3Server(dataDir, deleteDataDirOnClose, endpoint, accessKey, secretKey, process);
    }

    /** The folder holding {@code buckets/}, {@code s3proxy.properties} and {@code s3proxy.log}. */
    public Path dataDir() {
        return dataDir;
    }

    /**
     * The base URL of the server, e.g. {@code http://127.0.0.1:41234} ({@code https://} if started by
     * {@link #startHttps}); clients must use path-style access.
     */
    public URI endpoint() {
        return endpoint;
    }

    /** The access key id that the server accepts (random for each server). */
    public String accessKey() {
        return accessKey;
    }

    /** The secret access key that the server accepts (random for each server). */
    public String secretKey() {
        return secretKey;
    }

    /** The region to sign requests for: s3proxy accepts any, AWS SDKs need one. */
    public String region() {
        return REGION;
    }

    /**
     * The CPU time the server's process has used since it started, where the operating system tells it: what the
     * server took of the machine beside a client measured on the same cores.
     */
    public Optional<Duration> cpuTime() {
        return process.info().totalCpuDuration();
    }

    /** Stops the server, and deletes its data if {@link #start()} created the folder. */
    @Override
    public void close() throws IOException {
        stopProcess();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running or has run: the process is stopped either way.
        }
        if (deleteDataDirOnClose) {
            deleteRecursively(dataDir);
        }
    }

    @Override
    public String toString() {
        return "LocalS3Server[" + endpoint + ", data in " + dataDir + "]";
    }

    private void stopProcess() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Path s3proxyJar() {
        String value = System.getProperty(JAR_PROPERTY);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Set the system property " + JAR_PROPERTY + " to the absolute path of "
                    + "s3proxy's jar-with-dependencies (org.gaul:s3proxy, classifier jar-with-dependencies), e.g. "
                    + "copied by maven-dependency-plugin and passed to the tests by surefire's "
                    + "systemPropertyVariables");
        }
        Path jar = Path.of(value);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The system property " + JAR_PROPERTY + " names " + jar
                    + ", which is not a file: it must be the absolute path of s3proxy's jar-with-dependencies");
        }
        return jar;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A port that was free a moment ago: s3proxy takes a port number, not an open socket. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String randomHex() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** Waits until the server answers any HTTP request (unsigned ones are refused, which is answer enough). */
    private static void awaitReady(Process process, HttpClient http, URI endpoint, Path logFile) throws IOException {
        HttpRequest probe = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(2)).GET().build();
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (true) {
            if (!process.isAlive()) {
                throw new IOException("s3proxy exited with code " + process.exitValue() + " while starting. "
                        + outputOf(logFile));
            }
            try {
                http.send(probe, HttpResponse.BodyHandlers.discarding());
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("Interrupted while waiting for s3proxy to start");
            } catch (IOException notYetListening) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IOException("s3proxy did not answer on " + endpoint + " within " + STARTUP_TIMEOUT
                            .toSeconds() + " s. " + outputOf(logFile), notYetListening);
                }
            }
            pause();
        }
    }

    private static void pause() throws InterruptedIOException {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for s3proxy to start");
        }
    }

    private static String outputOf(Path logFile) {
        try {
            List<String> lines = new String(Files.readAllBytes(logFile), UTF_8).lines().toList();
            return "Last lines of its output (" + logFile + "):\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "Its output in " + logFile + " cannot be read: " + e;
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
