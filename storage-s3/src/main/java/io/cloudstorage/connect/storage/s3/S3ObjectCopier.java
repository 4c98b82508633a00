package io.cloudstorage.connect.storage.s3;

import java.util.ArrayList;
import java.util.List;

import io.cloudstorage.connect.spi.storage.StorageObject;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.UploadPartCopyRequest;

/**
 * Copies one version of an object to another key, in any bucket, without the bytes leaving the server: with one
 * CopyObject up to S3's limit for it (5 GiB), beyond it with a multipart upload whose parts are copied with
 * UploadPartCopy. The source is read only on condition that it still has the listed ETag, so that a version
 * written since the object was listed is never copied: the server then answers 412 (Precondition Failed). The
 * caller translates the SDK's exceptions.
 */
final class S3ObjectCopier {

    /** The largest object one CopyObject can copy. */
    static final long MAX_SINGLE_COPY = 5L << 30;

    /** Large parts mean few requests; S3 allows parts up to 5 GiB. */
    private static final long PART_SIZE = 512L << 20;

    /** The most parts one multipart upload can have. */
    private static final int MAX_PARTS = 10_000;

    private final S3Client client;
    private final long multipartThreshold;
    private final long partSize;

    S3ObjectCopier(S3Client client) {
        this(client, MAX_SINGLE_COPY, PART_SIZE);
    }

    /** Visible for testing: small objects copied in small parts. */
    S3ObjectCopier(S3Client client, long multipartThreshold, long partSize) {
        this.client = client;
        this.multipartThreshold = multipartThreshold;
        this.partSize = partSize;
    }

    void copy(String sourceBucket, StorageObject source, String targetBucket, String targetKey) {
        if (source.size() <= multipartThreshold) {
            client.copyObject(request -> request.sourceBucket(sourceBucket).sourceKey(source.key())
                    .copySourceIfMatch(S3ObjectStorage.ifMatch(source))
                    .destinationBucket(targetBucket).destinationKey(targetKey));
        } else {
            copyInParts(sourceBucket, source, targetBucket, targetKey);
        }
    }

    /**
     * A multipart upload does not take the source's metadata as CopyObject does: its content headers and user
     * metadata are given to it (its tags, ACL, storage class and encryption settings are not: the target bucket's
     * defaults apply).
     */
    private void copyInParts(String sourceBucket, StorageObject source, String targetBucket, String targetKey) {
        HeadObjectResponse head = client.headObject(request -> request.bucket(sourceBucket).key(source.key())
                .ifMatch(S3ObjectStorage.ifMatch(source)));
        String uploadId = client.createMultipartUpload(request -> request.bucket(targetBucket).key(targetKey)
                .contentType(head.contentType()).contentEncoding(head.contentEncoding())
                .contentDisposition(head.contentDisposition()).contentLanguage(head.contentLanguage())
                .cacheControl(head.cacheControl()).metadata(head.metadata())).uploadId();
        try {
            List<CompletedPart> parts = copyParts(sourceBucket, source, UploadPartCopyRequest.builder()
                    .destinationBucket(targetBucket).destinationKey(targetKey).uploadId(uploadId));
            client.completeMultipartUpload(request -> request.bucket(targetBucket).key(targetKey)
                    .uploadId(uploadId).multipartUpload(upload -> upload.parts(parts)));
        } catch (SdkException e) {
            abort(targetBucket, targetKey, uploadId, e);
            throw e;
        }
    }

    private List<CompletedPart> copyParts(String sourceBucket, StorageObject source,
                                          UploadPartCopyRequest.Builder request) {
        long size = Math.max(partSize, (source.size() + MAX_PARTS - 1) / MAX_PARTS);
        List<CompletedPart> parts = new ArrayList<>();
        for (long start = 0; start < source.size(); start += size) {
            int number = parts.size() + 1;
            long end = Math.min(start + size, source.size()) - 1;
            String etag = client.uploadPartCopy(request.sourceBucket(sourceBucket).sourceKey(source.key())
                    .copySourceIfMatch(S3ObjectStorage.ifMatch(source)).copySourceRange("bytes=" + start + "-" + end)
                    .partNumber(number).build()).copyPartResult().eTag();
            parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
        }
        return parts;
    }

    /** Frees the parts copied so far; if that fails too, a lifecycle rule of the bucket may remove them. */
    private void abort(String bucket, String key, String uploadId, SdkException cause) {
        try {
            client.abortMultipartUpload(request -> request.bucket(bucket).key(key).uploadId(uploadId));
        } catch (SdkException e) {
            cause.addSuppressed(e);
        }
    }
}
