package io.cloudstorage.connect.storage.s3;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectTaggingRequest;
import software.amazon.awssdk.services.s3.model.GetObjectTaggingResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectTaggingRequest;
import software.amazon.awssdk.services.s3.model.PutObjectTaggingResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.Tag;

/**
 * Just enough of S3 to tag objects (HeadObject, GetObjectTagging, PutObjectTagging), for what s3proxy does not
 * implement. Each object is an ETag and a tag set; other requests fail as {@link S3Client}'s defaults do.
 */
final class TaggingS3Client implements S3Client {

    private record Stored(String etag, Map<String, String> tags) {
    }

    private final Map<String, Stored> objects = new ConcurrentHashMap<>();
    private final AtomicInteger tagWrites = new AtomicInteger();
    private volatile S3Exception putFailure;

    void put(String key, String etag, Map<String, String> tags) {
        objects.put(key, new Stored(etag, new LinkedHashMap<>(tags)));
    }

    void remove(String key) {
        objects.remove(key);
    }

    Map<String, String> tagsOf(String key) {
        return Map.copyOf(objects.get(key).tags());
    }

    /** How many PutObjectTagging requests were answered. */
    int tagWrites() {
        return tagWrites.get();
    }

    /** Makes PutObjectTagging fail with an S3 error. */
    void failPuts(int status, String code) {
        putFailure = error(status, code);
    }

    @Override
    public HeadObjectResponse headObject(HeadObjectRequest request) {
        Stored stored = find(request.key());
        return HeadObjectResponse.builder().eTag('"' + stored.etag() + '"').contentLength(1L)
                .lastModified(Instant.EPOCH).build();
    }

    @Override
    public GetObjectTaggingResponse getObjectTagging(GetObjectTaggingRequest request) {
        return GetObjectTaggingResponse.builder().tagSet(find(request.key()).tags().entrySet().stream()
                .map(tag -> Tag.builder().key(tag.getKey()).value(tag.getValue()).build()).toList()).build();
    }

    @Override
    public PutObjectTaggingResponse putObjectTagging(PutObjectTaggingRequest request) {
        if (putFailure != null) {
            throw putFailure;
        }
        Stored stored = find(request.key());
        stored.tags().clear();
        request.tagging().tagSet().forEach(tag -> stored.tags().put(tag.key(), tag.value()));
        tagWrites.incrementAndGet();
        return PutObjectTaggingResponse.builder().build();
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
    }

    private Stored find(String key) {
        Stored stored = objects.get(key);
        if (stored == null) {
            throw error(404, "NoSuchKey");
        }
        return stored;
    }

    static S3Exception error(int status, String code) {
        return (S3Exception) S3Exception.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(code).build()).build();
    }
}
