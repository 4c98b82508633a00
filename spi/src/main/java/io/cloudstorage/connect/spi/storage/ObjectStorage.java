package io.cloudstorage.connect.spi.storage;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A client for one bucket. Implementations are thread-safe: the connector's monitor and a task may share one.
 *
 * <p>Failures are reported as {@link StorageException}s: {@link RetriableStorageException} for what may succeed
 * when tried again (timeouts, throttling, server errors, connection resets), {@link ObjectMissingException} and
 * {@link ObjectModifiedException} for objects that changed under the reader, and a plain {@link StorageException}
 * for what will not heal by itself (missing bucket, denied access, bad credentials).
 */
public interface ObjectStorage extends AutoCloseable {

    /** The bucket this client reads. */
    String bucket();

    /** How an object is named in messages for operators, e.g. {@code s3://bucket/key}. */
    String describe(String key);

    /**
     * Lists up to {@code maxResults} objects whose key starts with {@code prefix} and sorts strictly after
     * {@code startAfter} ({@code null}: from the first key), in ascending {@link KeyOrder}. Fewer than
     * {@code maxResults} objects means there are no more.
     */
    List<StorageObject> list(String prefix, String startAfter, int maxResults);

    /**
     * The child prefixes one {@code delimiter} level below {@code prefix}: for each key
     * {@code prefix + part + delimiter + rest} where {@code part} holds no delimiter, the prefix
     * {@code prefix + part + delimiter}; each reported once, in {@link KeyOrder}.
     */
    PrefixLevel listLevel(String prefix, String delimiter);

    /** The object's current metadata, or empty if there is no such object. */
    Optional<StorageObject> stat(String key);

    /**
     * Opens {@code object}'s content from byte {@code position} (0 for the whole object; at or past the end gives
     * an empty stream).
     *
     * @throws ObjectMissingException if the object no longer exists
     * @throws ObjectModifiedException if its content is no longer the version described by {@code object.etag()}
     */
    InputStream open(StorageObject object, long position);

    /**
     * Opens {@code length} bytes of {@code object}'s content from byte {@code position}, or fewer where the object
     * ends first. Backends whose requests read what they are told should ask for just that range; this default
     * reads the rest of the object and stops at the end of the range.
     *
     * @throws ObjectMissingException if the object no longer exists
     * @throws ObjectModifiedException if its content is no longer the version described by {@code object.etag()}
     */
    default InputStream open(StorageObject object, long position, long length) {
        InputStream rest = open(object, position);
        return position + length >= object.size() ? rest : new BoundedInputStream(rest, length);
    }

    /**
     * The user metadata stored with the object (S3's {@code x-amz-meta-*}), by lowercase name, without prefix.
     * Storages that keep none return an empty map; others may need a request per object, so the connector asks only
     * when configured to.
     *
     * @throws ObjectMissingException if the object no longer exists
     */
    default Map<String, String> userMetadata(StorageObject object) {
        return Map.of();
    }

    /**
     * Deletes the object if it is still the version described by {@code object.etag()}. Repeating a delete that
     * succeeded (the object is gone) succeeds, so that an action repeated after a crash does no harm.
     *
     * @return false if the object was left because it changed since it was listed (it holds data not yet read)
     * @throws UnsupportedOperationException if the provider does not list {@link ObjectAction#DELETE} as supported
     */
    default boolean delete(StorageObject object) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot delete objects");
    }

    /**
     * Moves the object, if it is still the version described by {@code object.etag()}, to {@code targetKey} in
     * {@code targetBucket} (a bucket these credentials can write, possibly this one): the copy is complete before
     * the source is deleted. Repeating a move that succeeded (source gone, target present) succeeds.
     *
     * @return false if the object was left because it changed since it was listed
     * @throws UnsupportedOperationException if the provider does not list {@link ObjectAction#MOVE} as supported
     */
    default boolean move(StorageObject object, String targetBucket, String targetKey) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot move objects");
    }

    /**
     * Sets these tags on the object, keeping its other tags (a tag of the same name is replaced). Repeating it
     * changes nothing.
     *
     * @return false if the object is gone or changed since it was listed
     * @throws UnsupportedOperationException if the provider does not list {@link ObjectAction#TAG} as supported
     */
    default boolean tag(StorageObject object, Map<String, String> tags) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot tag objects");
    }

    /**
     * Checks that the bucket exists and that these credentials may list {@code prefix} in it ({@code ""}: the
     * whole bucket). Only the prefix is asked about: credentials may be allowed to list some prefixes and not
     * others, and a check of the whole bucket can cost a server far more than one of a prefix.
     */
    void checkBucket(String prefix);

    @Override
    void close();
}
