package io.cloudstorage.connect.spi.storage;

/** A fresh, empty bucket for one contract test, with a client for it and a way to change its objects. */
public interface StorageFixture extends AutoCloseable {

    /** A client for the fixture's bucket. */
    ObjectStorage storage();

    /** A client for a bucket that does not exist. */
    ObjectStorage storageForMissingBucket();

    /** Writes (or overwrites) an object. */
    void put(String key, byte[] content) throws Exception;

    void delete(String key) throws Exception;
}
