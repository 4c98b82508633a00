package io.cloudstorage.connect.storage.s3;

import java.io.InputStream;
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

    S3ObjectStorage(S3Client client, String bucket, S3Errors errors) {
        this.client = client;
        this.bucket = bucket;
        this.errors = errors;
    }

    @Override
    public String bucket() {
        return bucket;
    }

    @Override
    public String describe(String key) {
        return "s3://" + bucket + "/" + key;
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
            throw errors.translate("list", describe(prefix), e);
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
            throw errors.translate("list", describe(prefix), e);
        }
        children.sort(KeyOrder.COMPARATOR);
        return new PrefixLevel(children, directObjects);
    }

    @Override
    public Optional<StorageObject> stat(String key) {
        try {
            HeadObjectResponse head = client.headObject(request -> request.bucket(bucket).key(key));
            return Optional.of(new StorageObject(key, head.contentLength(), unquote(head.eTag()),
                    head.lastModified()));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw errors.translate("look up", describe(key), e);
        } catch (SdkException e) {
            throw errors.translate("look up", describe(key), e);
        }
    }

    @Override
    public InputStream open(StorageObject object, long position) {
        if (position >= object.size()) {
            return InputStream.nullInputStream();
        }
        GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(bucket).key(object.key());
        if (!object.etag().isEmpty()) {
            request.ifMatch('"' + object.etag() + '"');
        }
        if (position > 0) {
            request.range("bytes=" + position + "-");
        }
        try {
            return new ObjectContentStream(client.getObject(request.build()));
        } catch (S3Exception e) {
            String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            if (e.statusCode() == 404 && !"NoSuchBucket".equals(code)) {
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
            throw errors.translate("read", describe(object.key()), e);
        } catch (SdkException e) {
            throw errors.translate("read", describe(object.key()), e);
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
            throw errors.translate("look up", describe(object.key()), e);
        } catch (SdkException e) {
            throw errors.translate("look up", describe(object.key()), e);
        }
    }

    /**
     * Lists at most one key: it needs the permission that the connector needs (s3:ListBucket), and unlike
     * HeadBucket its error responses have a body, whose code tells a wrong secret from denied access.
     */
    @Override
    public void checkBucket() {
        checkCredentials();
        try {
            client.listObjectsV2(request -> request.bucket(bucket).maxKeys(1));
        } catch (SdkException e) {
            throw errors.translate("list", describe(""), e);
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
