package io.cloudstorage.connect.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.spi.storage.RetriableStorageException;
import io.cloudstorage.connect.spi.storage.StorageException;

class S3ErrorsTest {

    private final S3Errors errors = new S3Errors(new S3StorageConfig(Map.of()));

    @Test
    void aDenialNamesThePermissionTheOperationNeeds() {
        Map<S3Operation, String> permissions = Map.of(
                S3Operation.LIST, "s3:ListBucket",
                S3Operation.READ, "s3:GetObject",
                S3Operation.DELETE, "s3:DeleteObject",
                S3Operation.COPY, "s3:PutObject",
                S3Operation.READ_TAGS, "s3:GetObjectTagging",
                S3Operation.TAG, "s3:PutObjectTagging");

        permissions.forEach((operation, permission) -> {
            StorageException e = errors.translate(operation, "s3://bucket/k",
                    TaggingS3Client.error(403, "AccessDenied"));

            assertThat(e).as(operation.name()).isNotInstanceOf(RetriableStorageException.class)
                    .hasMessageContaining(permission).hasMessageContaining("s3://bucket/k");
            assertThat(e.relatedConfigKey()).contains(S3StorageProvider.ACCESS_KEY_ID);
        });
    }

    /** A 5xx answer is usually worth retrying, but not one saying the server lacks the feature. */
    @Test
    void aRequestTheServerDoesNotImplementIsNotRetried() {
        StorageException e = errors.translate(S3Operation.TAG, "s3://bucket/k",
                TaggingS3Client.error(501, "NotImplemented"));

        assertThat(e).isNotInstanceOf(RetriableStorageException.class).hasMessageContaining("does not support");
        assertThat(errors.translate(S3Operation.READ, "s3://bucket/k", TaggingS3Client.error(503, "SlowDown")))
                .isInstanceOf(RetriableStorageException.class);
    }
}
