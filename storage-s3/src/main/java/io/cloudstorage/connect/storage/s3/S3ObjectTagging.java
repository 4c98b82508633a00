package io.cloudstorage.connect.storage.s3;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudstorage.connect.spi.storage.StorageException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Tag;

/**
 * Adds tags to an object's tag set. S3 replaces the whole set on each PutObjectTagging, so the set is read first
 * (GetObjectTagging) and written back merged, and not written at all when it would not change.
 */
final class S3ObjectTagging {

    /** The most tags S3 keeps on one object. */
    static final int MAX_TAGS = 10;

    private final S3Client client;
    private final S3Errors errors;

    S3ObjectTagging(S3Client client, S3Errors errors) {
        this.client = client;
        this.errors = errors;
    }

    /**
     * @param target the object, as {@code s3://bucket/key}, for messages
     * @return false if the object is gone
     * @throws StorageException if the merged set would hold more than {@value #MAX_TAGS} tags
     */
    boolean addTags(String bucket, String key, Map<String, String> tags, String target) {
        Map<String, String> existing = new LinkedHashMap<>();
        try {
            client.getObjectTagging(request -> request.bucket(bucket).key(key)).tagSet()
                    .forEach(tag -> existing.put(tag.key(), tag.value()));
        } catch (SdkException e) {
            if (S3ObjectStorage.isNoSuchKey(e)) {
                return false;
            }
            throw errors.translate(S3Operation.READ_TAGS, target, e);
        }
        Map<String, String> merged = new LinkedHashMap<>(existing);
        merged.putAll(tags);
        if (merged.equals(existing)) {
            return true;
        }
        if (merged.size() > MAX_TAGS) {
            throw new StorageException("Cannot tag " + target + " with " + tags.keySet() + ": it would carry "
                    + merged.size() + " tags with those it has " + existing.keySet() + ", and S3 keeps at most "
                    + MAX_TAGS + " per object. Set fewer tags, or remove some from the objects.", null);
        }
        List<Tag> tagSet = merged.entrySet().stream()
                .map(tag -> Tag.builder().key(tag.getKey()).value(tag.getValue()).build()).toList();
        try {
            client.putObjectTagging(request -> request.bucket(bucket).key(key).tagging(t -> t.tagSet(tagSet)));
            return true;
        } catch (SdkException e) {
            if (S3ObjectStorage.isNoSuchKey(e)) {
                return false;
            }
            throw errors.translate(S3Operation.TAG, target, e);
        }
    }
}
