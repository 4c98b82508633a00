package io.cloudstorage.connect.storage.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;

import io.cloudstorage.connect.spi.storage.ObjectAction;
import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.ObjectStorageContractTest;
import io.cloudstorage.connect.spi.storage.StorageFixture;

class LocalObjectStorageContractTest extends ObjectStorageContractTest {

    @TempDir
    Path root;

    private final LocalStorageProvider provider = new LocalStorageProvider();

    @Override
    protected Set<ObjectAction> supportedActions() {
        return provider.supportedActions();
    }

    @Override
    protected ObjectStorage createOtherBucket() throws Exception {
        Files.createDirectories(root.resolve("other"));
        return provider.open("other", props());
    }

    @Override
    protected StorageFixture createFixture() throws Exception {
        Files.createDirectories(root.resolve("bucket"));
        return new StorageFixture() {
            private final Map<String, String> props = props();
            private int writes;

            @Override
            public ObjectStorage storage() {
                return provider.open("bucket", props);
            }

            @Override
            public ObjectStorage storageForMissingBucket() {
                return provider.open("no-such-bucket", props);
            }

            @Override
            public void put(String key, byte[] content) throws Exception {
                Path file = root.resolve("bucket").resolve(key);
                Files.createDirectories(file.getParent());
                Files.write(file, content);
                // Some file systems keep modification times in whole seconds: make every write a new version.
                Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusMillis(++writes)));
            }

            @Override
            public void delete(String key) throws Exception {
                Files.delete(root.resolve("bucket").resolve(key));
            }

            @Override
            public void close() {
            }
        };
    }

    private Map<String, String> props() {
        return Map.of(LocalStorageProvider.ROOT, root.toString());
    }
}
