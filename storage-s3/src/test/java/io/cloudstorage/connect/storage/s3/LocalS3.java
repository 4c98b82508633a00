package io.cloudstorage.connect.storage.s3;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;
import java.util.UUID;

import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

import io.cloudstorage.connect.locals3.LocalS3Server;
import io.cloudstorage.connect.locals3.SelfSignedCertificate;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** Connector settings and a plain SDK client for a {@link LocalS3Server}, independent of the code under test. */
final class LocalS3 {

    private LocalS3() {
    }

    static Map<String, String> props(LocalS3Server server) {
        return Map.of(
                S3StorageProvider.ENDPOINT, server.endpoint().toString(),
                S3StorageProvider.PATH_STYLE_ACCESS, "true",
                S3StorageProvider.REGION, server.region(),
                S3StorageProvider.ACCESS_KEY_ID, server.accessKey(),
                S3StorageProvider.SECRET_ACCESS_KEY, server.secretKey());
    }

    static S3Client client(LocalS3Server server) {
        return builder(server).build();
    }

    /** A client for a server started with {@link LocalS3Server#startHttps}, trusting its certificate only. */
    static S3Client client(LocalS3Server server, SelfSignedCertificate certificate) {
        return builder(server).httpClientBuilder(Apache5HttpClient.builder()
                .tlsTrustManagersProvider(() -> trustManagers(certificate))).build();
    }

    private static S3ClientBuilder builder(LocalS3Server server) {
        return S3Client.builder()
                .endpointOverride(server.endpoint())
                .forcePathStyle(true)
                .region(Region.of(server.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(server.accessKey(), server.secretKey())));
    }

    /** The certificate's trust store, loaded. */
    static KeyStore trustStore(SelfSignedCertificate certificate) {
        try (InputStream in = Files.newInputStream(certificate.trustStore())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, certificate.password().toCharArray());
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read " + certificate.trustStore(), e);
        }
    }

    private static TrustManager[] trustManagers(SelfSignedCertificate certificate) {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trustStore(certificate));
            return factory.getTrustManagers();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot trust " + certificate.trustStore(), e);
        }
    }

    static String createBucket(S3Client client) {
        String bucket = uniqueBucketName();
        client.createBucket(request -> request.bucket(bucket));
        return bucket;
    }

    static String uniqueBucketName() {
        return "test-" + UUID.randomUUID();
    }
}
