package io.cloudstorage.connect.storage.s3;

import java.util.Map;
import java.util.UUID;

import io.cloudstorage.connect.locals3.LocalS3Server;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

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
        return S3Client.builder()
                .endpointOverride(server.endpoint())
                .forcePathStyle(true)
                .region(Region.of(server.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(server.accessKey(), server.secretKey())))
                .build();
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
