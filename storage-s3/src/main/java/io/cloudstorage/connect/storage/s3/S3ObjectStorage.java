package io.cloudstorage.connect.storage.s3;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import io.cloudstorage.connect.spi.storage.KeyOrder;
import io.cloudstorage.connect.spi.storage.ObjectMissingException;
import io.cloudstorage.connect.spi.storage.ObjectModifiedException;
import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.PrefixLevel;
import io.cloudstorage.connect.spi.storage.StorageObject;
import software.amazon.awssdk.auth.credentials.CredentialUtils;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** One bucket through an {@link S3Client}, which is thread-safe, and so is this class. */
final class S3ObjectStorage implements ObjectStorage {

    /** The most keys that S3 returns in one listing page. */
    private static final int MAX_PAGE_SIZE = 1000;

    private final S3Client client;
    private final String bucket;
    private final S3Errors errors;
    private final S3ObjectCopier copier;
    private final S3ObjectTagging tagging;

    S3ObjectStorage(S3Client client, String bucket, S3Errors errors) {
        this(client, bucket, errors, new S3ObjectCopier(client));
    }

    /** Visible for testing: a copier that copies small objects in parts. */
    S3ObjectStorage(S3Client client, String bucket, S3Errors errors, S3ObjectCopier copier) {
        this.client = client;
        this.bucket = bucket;
        this.errors = errors;
        this.copier = copier;
        this.tagging = new S3ObjectTagging(client, errors);
    }

    @Override
    public String bucket() {
        return bucket;
    }

    @Override
    public String describe(String key) {
        return uri(bucket, key);
    }

    @Override
    public List<StorageObject> list(String prefix, String startAfter, int maxResults) {
        if (maxResults <= 0) {
            return List.of();
        }
        ListObjectsV2Request request = ListObjectsV2Request.builder().bucket(bucket).prefix(prefix)
                .startAfter(startAfter).maxKeys(Math.min(maxResults, MAX_PAGE_SIZE)).build();
        try {
            // The paginator follows continuation tokens, fetching each page only when the stream reaches it.
            return client.listObjectsV2Paginator(request).contents().stream().limit(maxResults)
                    .map(S3ObjectStorage::toStorageObject).toList();
        } catch (SdkException e) {
            throw errors.translate(S3Operation.LIST, describe(prefix), e);
        }
    }

    @Override
    public PrefixLevel listLevel(String prefix, String delimiter) {
        ListObjectsV2Request request = ListObjectsV2Request.builder().bucket(bucket).prefix(prefix)
                .delimiter(delimiter).build();
        List<String> children = new ArrayList<>();
        long directObjects = 0;
        try {
            for (ListObjectsV2Response page : client.listObjectsV2Paginator(request)) {
                page.commonPrefixes().stream().map(CommonPrefix::prefix).forEach(children::add);
                directObjects += page.contents().size();
            }
        } catch (SdkException e) {
            throw errors.translate(S3Operation.LIST, describe(prefix), e);
        }
        children.sort(KeyOrder.COMPARATOR);
        return new PrefixLevel(children, directObjects);
    }

    @Override
    public Optional<StorageObject> stat(String key) {
        return stat(bucket, key);
    }

    private Optional<StorageObject> stat(String bucketName, String key) {
        try {
            HeadObjectResponse head = client.headObject(request -> request.bucket(bucketName).key(key));
            return Optional.of(new StorageObject(key, head.contentLength(), unquote(head.eTag()),
                    head.lastModified()));
        } catch (SdkException e) {
            if (e instanceof S3Exception s3 && s3.statusCode() == 404) {
                return Optional.empty();
            }
            throw errors.translate(S3Operation.LOOK_UP, uri(bucketName, key), e);
        }
    }

    @Override
    public InputStream open(StorageObject object, long position) {
        return open(object, position, object.size() - position);
    }

    /** One GET of just the range, so that a range read to its end leaves its connection for the next request. */
    @Override
    public InputStream open(StorageObject object, long position, long length) {
        if (position >= object.size() || length <= 0) {
            return InputStream.nullInputStream();
        }
        GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(bucket).key(object.key())
                .ifMatch(ifMatch(object));
        if (position > 0 || length < object.size()) {
            request.range("bytes=" + position + "-" + (Math.min(position + length, object.size()) - 1));
        }
        try {
            // Without the SDK's timer that aborts a response not read within a minute: each response here is read
            // at once, and one timer per request cost the CPU of a thread of its own on many small objects.
            return new ObjectContentStream(client.getObject(request.build(),
                    ResponseTransformer.toInputStream(Duration.ZERO)));
        } catch (S3Exception e) {
            if (isNoSuchKey(e)) {
                throw new ObjectMissingException(describe(object.key()) + " was deleted after it was listed", e);
            }
            if (e.statusCode() == 412) {
                throw new ObjectModifiedException(describe(object.key()) + " changed after it was listed: its "
                        + "ETag is no longer " + object.etag(), e);
            }
            if (e.statusCode() == 416) {
                // The object became shorter than the position: nothing is left to read there.
                return InputStream.nullInputStream();
            }
            throw errors.translate(S3Operation.READ, describe(object.key()), e);
        } catch (SdkException e) {
            throw errors.translate(S3Operation.READ, describe(object.key()), e);
        }
    }

    @Override
    public Map<String, String> userMetadata(StorageObject object) {
        try {
            HeadObjectResponse head = client.headObject(request -> request.bucket(bucket).key(object.key()));
            Map<String, String> metadata = new TreeMap<>();
            head.metadata().forEach((name, value) -> metadata.put(name.toLowerCase(Locale.ROOT), value));
            return metadata;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new ObjectMissingException(describe(object.key()) + " was deleted after it was listed", e);
            }
            throw errors.translate(S3Operation.LOOK_UP, describe(object.key()), e);
        } catch (SdkException e) {
            throw errors.translate(S3Operation.LOOK_UP, describe(object.key()), e);
        }
    }

    /**
     * HEAD, then DeleteObject: a conditional delete (If-Match) is not implemented by every S3-compatible server.
     * A version written between the two requests is deleted too.
     */
    @Override
    public boolean delete(StorageObject object) {
        Optional<StorageObject> current = stat(object.key());
        if (current.isEmpty()) {
            return true;
        }
        if (!current.get().etag().equals(object.etag())) {
            return false;
        }
        try {
            client.deleteObject(request -> request.bucket(bucket).key(object.key()));
            return true;
        } catch (SdkException e) {
            throw errors.translate(S3Operation.DELETE, describe(object.key()), e);
        }
    }

    /**
     * A copy conditional on the listed ETag, then {@link #delete}. When the source is gone, the target tells a
     * move done before (a repeated action) from an object someone else removed; finding that out needs
     * s3:GetObject on the target bucket.
     *
     * @return false also if the source was written again between the copy and the delete: the target then holds
     *         the version listed, and the new version stays to be read
     */
    @Override
    public boolean move(StorageObject object, String targetBucket, String targetKey) {
        if (bucket.equals(targetBucket) && object.key().equals(targetKey)) {
            throw new IllegalArgumentException("Cannot move " + describe(object.key()) + " onto itself");
        }
        try {
            copier.copy(bucket, object, targetBucket, targetKey);
        } catch (SdkException e) {
            if (e instanceof S3Exception s3 && s3.statusCode() == 412) {
                return false;
            }
            if (isNoSuchKey(e)) {
                return stat(targetBucket, targetKey).isPresent();
            }
            throw errors.translate(S3Operation.COPY, describe(object.key()) + " to " + uri(targetBucket, targetKey),
                    e);
        }
        return delete(object);
    }

    /**
     * Checks the ETag with a HEAD first, as GetObjectTagging and PutObjectTagging take no condition: a version
     * written between the requests gets the tags.
     */
    @Override
    public boolean tag(StorageObject object, Map<String, String> tags) {
        Optional<StorageObject> current = stat(object.key());
        if (current.isEmpty() || !current.get().etag().equals(object.etag())) {
            return false;
        }
        return tagging.addTags(bucket, object.key(), tags, describe(object.key()));
    }

    /**
     * Lists at most one key of the prefix: it needs the permission that the connector needs (s3:ListBucket, which a
     * policy may grant for some prefixes only), and unlike HeadBucket its error responses have a body, whose code
     * tells a wrong secret from denied access.
     */
    @Override
    public void checkBucket(String prefix) {
        checkCredentials();
        try {
            client.listObjectsV2(request -> request.bucket(bucket).prefix(prefix).maxKeys(1));
        } catch (SdkException e) {
            throw errors.translate(S3Operation.LIST, describe(prefix), e);
        }
    }

    /** Resolves the credentials first, so that finding none is reported as such, not as a failed request. */
    private void checkCredentials() {
        try {
            CredentialUtils.toCredentialsProvider(client.serviceClientConfiguration().credentialsProvider())
                    .resolveCredentials();
        } catch (SdkException e) {
            throw errors.noCredentials(describe(""), e);
        }
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "S3ObjectStorage[" + describe("") + "]";
    }

    static String uri(String bucket, String key) {
        return "s3://" + bucket + "/" + key;
    }

    /** The If-Match condition for {@code object}'s version: none for an object listed without an ETag. */
    static String ifMatch(StorageObject object) {
        return object.etag().isEmpty() ? null : '"' + object.etag() + '"';
    }

    /** A 404 for the object, not for its bucket (answers to HEAD requests have no code: they count as the former). */
    static boolean isNoSuchKey(SdkException e) {
        if (!(e instanceof S3Exception s3) || s3.statusCode() != 404) {
            return false;
        }
        return s3.awsErrorDetails() == null || !"NoSuchBucket".equals(s3.awsErrorDetails().errorCode());
    }

    private static StorageObject toStorageObject(S3Object object) {
        return new StorageObject(object.key(), object.size(), unquote(object.eTag()), object.lastModified());
    }

    /**
     * S3 sends ETags in quotes, which the SPI leaves out. A server that sends none (s3proxy does for files put in
     * its folders by hand) gets an empty tag, and its objects are read without a version check.
     */
    private static String unquote(String etag) {
        String value = Objects.requireNonNullElse(etag, "");
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
