package io.cloudstorage.connect.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.RetriableStorageException;
import io.cloudstorage.connect.spi.storage.StorageException;
import io.cloudstorage.connect.spi.storage.StorageObject;

/** Tagging against {@link TaggingS3Client}, as s3proxy does not implement it. */
class S3ObjectTaggingTest {

    private final TaggingS3Client client = new TaggingS3Client();
    private final ObjectStorage storage = new S3ObjectStorage(client, "bucket",
            new S3Errors(new S3StorageConfig(Map.of())));

    @AfterEach
    void closeStorage() {
        storage.close();
    }

    @Test
    void mergesTheTagsIntoTheObjectsTagSet() {
        client.put("k", "v1", Map.of("source", "erp", "state", "new"));

        assertThat(storage.tag(listed("k", "v1"), Map.of("state", "ingested", "by", "connector"))).isTrue();

        assertThat(client.tagsOf("k")).isEqualTo(Map.of("source", "erp", "state", "ingested", "by", "connector"));
    }

    @Test
    void writesNothingWhenTheObjectHasTheTagsAlready() {
        client.put("k", "v1", Map.of("ingested", "true", "source", "erp"));

        assertThat(storage.tag(listed("k", "v1"), Map.of("ingested", "true"))).isTrue();

        assertThat(client.tagWrites()).isZero();
    }

    @Test
    void refusesToGoBeyondTenTagsNamingThoseTheObjectHas() {
        Map<String, String> existing = new LinkedHashMap<>();
        for (int i = 0; i < 9; i++) {
            existing.put("t" + i, "x");
        }
        client.put("k", "v1", existing);

        assertThatThrownBy(() -> storage.tag(listed("k", "v1"), Map.of("a", "1", "b", "2")))
                .isInstanceOf(StorageException.class)
                .isNotInstanceOf(RetriableStorageException.class)
                .hasMessageContaining("s3://bucket/k")
                .hasMessageContaining("11 tags")
                .hasMessageContaining("t8")
                .hasMessageContaining("at most 10");
        assertThat(client.tagWrites()).isZero();
        assertThat(storage.tag(listed("k", "v1"), Map.of("a", "1"))).as("the tenth tag").isTrue();
    }

    @Test
    void leavesAnObjectChangedOrGoneSinceItWasListed() {
        client.put("changed", "v2", Map.of());

        assertThat(storage.tag(listed("changed", "v1"), Map.of("ingested", "true"))).isFalse();
        assertThat(storage.tag(listed("gone", "v1"), Map.of("ingested", "true"))).isFalse();

        assertThat(client.tagsOf("changed")).isEmpty();
    }

    @Test
    void aDeniedTagNamesThePermissionToGrant() {
        client.put("k", "v1", Map.of());
        client.failPuts(403, "AccessDenied");

        assertThatThrownBy(() -> storage.tag(listed("k", "v1"), Map.of("ingested", "true")))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("s3:PutObjectTagging");
    }

    private static StorageObject listed(String key, String etag) {
        return new StorageObject(key, 1, etag, Instant.EPOCH);
    }
}
