package io.cloudstorage.connect.source.testing;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import io.cloudstorage.connect.spi.storage.KeyOrder;
import io.cloudstorage.connect.spi.storage.ObjectMissingException;
import io.cloudstorage.connect.spi.storage.ObjectModifiedException;
import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.PrefixLevel;
import io.cloudstorage.connect.spi.storage.StorageException;
import io.cloudstorage.connect.spi.storage.StorageObject;

/** A client of an {@link InMemoryBucket}, as the {@code memory} storage type opens it. */
final class InMemoryObjectStorage implements ObjectStorage {

    private final String bucketName;
    private final boolean denied;

    InMemoryObjectStorage(String bucketName, boolean denied) {
        this.bucketName = bucketName;
        this.denied = denied;
    }

    @Override
    public String bucket() {
        return bucketName;
    }

    @Override
    public String describe(String key) {
        return "memory://" + bucketName + "/" + key;
    }

    private InMemoryBucket reachableBucket() {
        InMemoryBucket bucket = InMemoryBucket.find(bucketName);
        if (bucket == null) {
            throw new StorageException("Bucket " + bucketName + " does not exist", "bucket", null);
        }
        if (denied) {
            throw new StorageException("Access to bucket " + bucketName + " denied", "memory.access.key", null);
        }
        return bucket;
    }

    @Override
    public List<StorageObject> list(String prefix, String startAfter, int maxResults) {
        InMemoryBucket bucket = reachableBucket();
        bucket.maybeFail(InMemoryBucket.Operation.LIST);
        return bucket.list(prefix, startAfter, maxResults);
    }

    @Override
    public PrefixLevel listLevel(String prefix, String delimiter) {
        InMemoryBucket bucket = reachableBucket();
        bucket.maybeFail(InMemoryBucket.Operation.LIST_LEVEL);
        TreeSet<String> children = new TreeSet<>(KeyOrder.COMPARATOR);
        long direct = 0;
        for (String key : bucket.keysForLevelListing()) {
            if (!key.startsWith(prefix)) {
                continue;
            }
            int end = key.indexOf(delimiter, prefix.length());
            if (end < 0) {
                direct++;
            } else {
                children.add(key.substring(0, end + delimiter.length()));
            }
        }
        return new PrefixLevel(new ArrayList<>(children), direct);
    }

    @Override
    public Optional<StorageObject> stat(String key) {
        InMemoryBucket bucket = reachableBucket();
        bucket.maybeFail(InMemoryBucket.Operation.STAT);
        return Optional.ofNullable(bucket.metadata(key));
    }

    @Override
    public InputStream open(StorageObject object, long position) {
        InMemoryBucket bucket = reachableBucket();
        bucket.maybeFail(InMemoryBucket.Operation.OPEN);
        bucket.opening(object.key(), position);
        StorageObject current = bucket.metadata(object.key());
        if (current == null) {
            throw new ObjectMissingException(describe(object.key()) + " does not exist", null);
        }
        if (!current.etag().equals(object.etag())) {
            throw new ObjectModifiedException(describe(object.key()) + " changed", null);
        }
        return bucket.stream(object.key(), position);
    }

    @Override
    public Map<String, String> userMetadata(StorageObject object) {
        InMemoryBucket bucket = reachableBucket();
        bucket.maybeFail(InMemoryBucket.Operation.STAT);
        return bucket.userMetadata(object.key());
    }

    @Override
    public boolean delete(StorageObject object) {
        return reachableBucket().deleteVersion(object);
    }

    @Override
    public boolean move(StorageObject object, String targetBucket, String targetKey) {
        if (targetBucket.equals(bucketName) && targetKey.equals(object.key())) {
            throw new IllegalArgumentException("Cannot move " + describe(targetKey) + " onto itself");
        }
        InMemoryBucket target = InMemoryBucket.find(targetBucket);
        if (target == null) {
            throw new StorageException("Bucket " + targetBucket + " does not exist", "after.read.move.bucket", null);
        }
        return reachableBucket().moveVersion(object, target, targetKey);
    }

    @Override
    public void checkBucket(String prefix) {
        reachableBucket();
    }

    @Override
    public void close() {
    }
}
