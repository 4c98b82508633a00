package io.cloudstorage.connect.locals3;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A key pair for 127.0.0.1, made by the JDK's {@code keytool}, for a {@link LocalS3Server} that speaks HTTPS: the
 * server's key store, and a trust store holding only its certificate, for clients. Both are PKCS12 files opened by
 * one random password. The certificate names 127.0.0.1 as a subject alternative name, so that clients that check
 * host names accept it for {@code https://127.0.0.1:port}, and nothing else.
 */
public final class SelfSignedCertificate {

    private static final String ALIAS = "local-s3";
    /** keytool reads the password from this environment variable, so that it never shows in a process list. */
    private static final String PASSWORD_VARIABLE = "LOCAL_S3_STORE_PASSWORD";

    private final Path keyStore;
    private final Path trustStore;
    private final String password;

    private SelfSignedCertificate(Path keyStore, Path trustStore, String password) {
        this.keyStore = keyStore;
        this.trustStore = trustStore;
        this.password = password;
    }

    /**
     * Writes {@code server-keystore.p12}, {@code server.crt} and {@code truststore.p12} into {@code folder}.
     *
     * @throws IOException if keytool fails; the message holds its output
     */
    public static SelfSignedCertificate generate(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path keyStore = folder.resolve("server-keystore.p12");
        Path certificate = folder.resolve("server.crt");
        Path trustStore = folder.resolve("truststore.p12");
        String password = UUID.randomUUID().toString().replace("-", "");
        // EC keys are made in milliseconds, RSA keys may take a second.
        keytool(password, "-genkeypair", "-alias", ALIAS, "-keyalg", "EC", "-groupname", "secp256r1",
                "-validity", "7", "-dname", "CN=127.0.0.1", "-ext", "SAN=IP:127.0.0.1",
                "-keystore", keyStore.toString(), "-storetype", "PKCS12");
        keytool(password, "-exportcert", "-rfc", "-alias", ALIAS, "-file", certificate.toString(),
                "-keystore", keyStore.toString(), "-storetype", "PKCS12");
        keytool(password, "-importcert", "-noprompt", "-alias", ALIAS, "-file", certificate.toString(),
                "-keystore", trustStore.toString(), "-storetype", "PKCS12");
        return new SelfSignedCertificate(keyStore, trustStore, password);
    }

    /** The PKCS12 file holding the private key and its certificate, for the server. */
    public Path keyStore() {
        return keyStore;
    }

    /** The PKCS12 file holding only the certificate, for clients. */
    public Path trustStore() {
        return trustStore;
    }

    /** The password of both stores. */
    public String password() {
        return password;
    }

    @Override
    public String toString() {
        return "SelfSignedCertificate[" + keyStore + ", " + trustStore + "]";
    }

    /** A TLS context that trusts this certificate only. */
    SSLContext clientContext() throws IOException {
        try (InputStream in = Files.newInputStream(trustStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot use the trust store " + trustStore, e);
        }
    }

    private static void keytool(String password, String command, String... arguments) throws IOException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool")
                .toString(), command, "-storepass:env", PASSWORD_VARIABLE));
        line.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().put(PASSWORD_VARIABLE, password);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new IOException("keytool " + command + " failed with code " + process.exitValue() + ": "
                        + output.strip());
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while keytool " + command + " ran");
        }
    }
}
