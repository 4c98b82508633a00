package io.cloudstorage.connect.source.testing;

import java.util.Map;
import java.util.Set;

import io.cloudstorage.connect.spi.storage.ObjectAction;
import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.ObjectStorageContractTest;
import io.cloudstorage.connect.spi.storage.StorageFixture;

/** The fake the core's tests rely on behaves as every real backend must. */
class InMemoryObjectStorageContractTest extends ObjectStorageContractTest {

    @Override
    protected Set<ObjectAction> supportedActions() {
        return new InMemoryStorageProvider().supportedActions();
    }

    @Override
    protected ObjectStorage createOtherBucket() {
        InMemoryBucket other = InMemoryBucket.create("contract-other-" + System.nanoTime());
        return new InMemoryStorageProvider().open(other.name(), Map.of());
    }

    @Override
    protected StorageFixture createFixture() {
        InMemoryBucket bucket = InMemoryBucket.create("contract-" + System.nanoTime());
        InMemoryStorageProvider provider = new InMemoryStorageProvider();
        return new StorageFixture() {
            @Override
            public ObjectStorage storage() {
                return provider.open(bucket.name(), Map.of());
            }

            @Override
            public ObjectStorage storageForMissingBucket() {
                return provider.open("missing-" + System.nanoTime(), Map.of());
            }

            @Override
            public void put(String key, byte[] content) {
                bucket.put(key, content);
            }

            @Override
            public void delete(String key) {
                bucket.delete(key);
            }

            @Override
            public void close() {
            }
        };
    }
}
