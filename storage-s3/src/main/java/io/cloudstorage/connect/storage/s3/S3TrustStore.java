package io.cloudstorage.connect.storage.s3;

import static io.cloudstorage.connect.storage.s3.S3StorageProvider.SSL_TRUSTSTORE_LOCATION;
import static io.cloudstorage.connect.storage.s3.S3StorageProvider.SSL_TRUSTSTORE_PASSWORD;
import static io.cloudstorage.connect.storage.s3.S3StorageProvider.SSL_TRUSTSTORE_TYPE;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.UnrecoverableKeyException;
import java.util.Collections;
import java.util.Optional;

import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

import io.cloudstorage.connect.spi.plugin.ConfigIssue;

/**
 * The trust store file of {@code s3.ssl.truststore.*}, read when a configuration is validated and again when a
 * client is built. What keeps it from being used is reported against the key to change, never with the password.
 */
final class S3TrustStore {

    private final Path location;
    private final String type;
    private final Password password;

    /** @param password {@code null} for a store without one */
    S3TrustStore(Path location, String type, Password password) {
        this.location = location;
        this.type = type;
        this.password = password;
    }

    /** What keeps the file from being used; empty if it holds certificates to trust. */
    Optional<ConfigIssue> problem() {
        try {
            load();
            return Optional.empty();
        } catch (Unusable e) {
            return Optional.of(e.issue);
        }
    }

    /**
     * For the SDK's HTTP client, which asks once, when it is built.
     *
     * @throws ConfigException if the file became unusable since the configuration was validated
     */
    TrustManager[] trustManagers() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(load());
            return factory.getTrustManagers();
        } catch (Unusable e) {
            throw new ConfigException(e.issue.key(), null, e.issue.message());
        } catch (GeneralSecurityException e) {
            throw new ConfigException(SSL_TRUSTSTORE_LOCATION, null, "The certificates of " + location
                    + " cannot be used to check servers: " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "the certificates of " + location + " (" + type + ")";
    }

    private KeyStore load() throws Unusable {
        byte[] content;
        try {
            content = Files.readAllBytes(location);
        } catch (NoSuchFileException e) {
            throw new Unusable(SSL_TRUSTSTORE_LOCATION, "The trust store " + location + " does not exist: the "
                    + "file must be at this path on every worker");
        } catch (IOException e) {
            throw new Unusable(SSL_TRUSTSTORE_LOCATION, "The trust store " + location + " cannot be read by the "
                    + "worker's user: " + e);
        }
        KeyStore store = parse(content);
        if (!holdsCertificates(store)) {
            throw new Unusable(SSL_TRUSTSTORE_LOCATION, "The trust store " + location + " holds no certificates"
                    + (password == null ? "; if they are protected by a password, set " + SSL_TRUSTSTORE_PASSWORD
                    : ""));
        }
        return store;
    }

    private KeyStore parse(byte[] content) throws Unusable {
        try {
            KeyStore store = KeyStore.getInstance(type);
            store.load(new ByteArrayInputStream(content), password == null ? null : password.value().toCharArray());
            return store;
        } catch (IOException e) {
            // Both PKCS12 and JKS report a wrong password so; any other failure means the file is not of the type.
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new Unusable(SSL_TRUSTSTORE_PASSWORD, "The password " + (password == null ? "(none set) " : "")
                        + "does not open the trust store " + location + ": check " + SSL_TRUSTSTORE_PASSWORD);
            }
            throw notOfType(e);
        } catch (GeneralSecurityException e) {
            throw notOfType(e);
        }
    }

    private Unusable notOfType(Exception e) {
        return new Unusable(SSL_TRUSTSTORE_TYPE, location + " cannot be read as a " + type + " trust store ("
                + e.getMessage() + "): set " + SSL_TRUSTSTORE_TYPE + " to its format, PKCS12 or JKS. A certificate "
                + "in a PEM file can be put into a PKCS12 trust store with keytool -importcert.");
    }

    private static boolean holdsCertificates(KeyStore store) {
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.getCertificate(alias) != null) {
                    return true;
                }
            }
            return false;
        } catch (KeyStoreException e) {
            throw new IllegalStateException("A loaded key store refused to list its entries", e);
        }
    }

    /** The trust store cannot be used; the issue names the key to change. */
    private static final class Unusable extends Exception {

        private final transient ConfigIssue issue;

        Unusable(String key, String message) {
            super(message, null, false, false);
            this.issue = new ConfigIssue(key, message);
        }
    }
}
