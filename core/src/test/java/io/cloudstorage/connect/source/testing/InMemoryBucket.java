package io.cloudstorage.connect.source.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.cloudstorage.connect.spi.storage.KeyOrder;
import io.cloudstorage.connect.spi.storage.StorageObject;

/**
 * A bucket held in memory for unit tests, shared by name so that a test can reach the bucket a connector opened
 * through the {@code memory} storage type. Counts requests and can be told to fail.
 */
public final class InMemoryBucket {

    /** Requests that can be made to fail. */
    public enum Operation { LIST, LIST_LEVEL, STAT, OPEN }

    private static final Map<String, InMemoryBucket> BUCKETS = new ConcurrentHashMap<>();

    private final String name;
    private final NavigableMap<String, Stored> objects = new TreeMap<>(KeyOrder.COMPARATOR);
    private final Map<String, Map<String, String>> userMetadata = new HashMap<>();
    private final Map<Operation, Deque<Supplier<RuntimeException>>> failures = new EnumMap<>(Operation.class);
    private final AtomicLong listRequests = new AtomicLong();
    private final AtomicLong levelRequests = new AtomicLong();
    private final AtomicLong objectsListed = new AtomicLong();
    private final AtomicLong bytesServed = new AtomicLong();
    private long versions;
    private long readFailureAfterBytes = -1;
    private volatile int streamGeneration;

    private record Stored(byte[] content, StorageObject metadata) {
    }

    /** One request for an object's content: which object, from which byte, made on which thread. */
    public record Open(String key, long position, String thread) {
    }

    private final List<Open> opens = new ArrayList<>();
    private final Map<String, Deque<Supplier<RuntimeException>>> openFailures = new HashMap<>();

    private InMemoryBucket(String name) {
        this.name = name;
    }

    /** A new, empty bucket, replacing any of that name. */
    public static InMemoryBucket create(String name) {
        InMemoryBucket bucket = new InMemoryBucket(name);
        BUCKETS.put(name, bucket);
        return bucket;
    }

    static InMemoryBucket find(String name) {
        return BUCKETS.get(name);
    }

    public String name() {
        return name;
    }

    /** Stores {@code content} as UTF-8. */
    public void put(String key, String content) {
        put(key, content.getBytes(StandardCharsets.UTF_8));
    }

    public synchronized void put(String key, byte[] content) {
        put(key, content, Instant.now());
    }

    public synchronized void put(String key, byte[] content, Instant lastModified) {
        String etag = "v" + (++versions) + "-" + content.length;
        objects.put(key, new Stored(content.clone(), new StorageObject(key, content.length, etag, lastModified)));
    }

    /** The keys held, in key order. */
    public synchronized List<String> keys() {
        return new ArrayList<>(objects.keySet());
    }

    /** Deletes the object if it is still this version; true if it is gone. */
    synchronized boolean deleteVersion(StorageObject version) {
        Stored stored = objects.get(version.key());
        if (stored != null && !stored.metadata().etag().equals(version.etag())) {
            return false;
        }
        objects.remove(version.key());
        return true;
    }

    /** Moves the object, if it is still this version, to {@code target} under {@code targetKey}. */
    synchronized boolean moveVersion(StorageObject version, InMemoryBucket target, String targetKey) {
        Stored stored = objects.get(version.key());
        if (stored == null) {
            return target.metadata(targetKey) != null;
        }
        if (!stored.metadata().etag().equals(version.etag())) {
            return false;
        }
        target.put(targetKey, stored.content(), stored.metadata().lastModified());
        objects.remove(version.key());
        return true;
    }

    public synchronized void delete(String key) {
        objects.remove(key);
    }

    /**
     * The next {@code operation} fails with the supplied exception, or succeeds if it supplies {@code null}
     * (queued: each call decides the fate of one more call).
     */
    public synchronized void failNext(Operation operation, Supplier<RuntimeException> failure) {
        failures.computeIfAbsent(operation, o -> new ArrayDeque<>()).add(failure);
    }

    /** The next request for the content of {@code key} fails with the supplied exception. */
    public synchronized void failNextOpenOf(String key, Supplier<RuntimeException> failure) {
        openFailures.computeIfAbsent(key, k -> new ArrayDeque<>()).add(failure);
    }

    /** Every request for an object's content so far, in order, including those that failed. */
    public synchronized List<Open> opens() {
        return List.copyOf(opens);
    }

    synchronized void opening(String key, long position) {
        opens.add(new Open(key, position, Thread.currentThread().getName()));
        Deque<Supplier<RuntimeException>> queued = openFailures.get(key);
        if (queued != null && !queued.isEmpty()) {
            throw queued.poll().get();
        }
    }

    /** The next stream opened throws an {@link IOException} once it has served this many bytes. */
    public synchronized void failNextReadAfter(long bytes) {
        readFailureAfterBytes = bytes;
    }

    /** Object listings ({@code list}) so far. */
    /** Streams opened so far fail on their next read, as if their connections were reset. */
    public void resetOpenStreams() {
        streamGeneration++;
    }

    public long listRequests() {
        return listRequests.get();
    }

    /** Delimiter listings ({@code listLevel}) so far. */
    public long levelRequests() {
        return levelRequests.get();
    }

    /** Injected failures not yet thrown. */
    public synchronized int pendingFailures() {
        return failures.values().stream().mapToInt(Deque::size).sum();
    }

    /** Objects returned by all listings so far. */
    public long objectsListed() {
        return objectsListed.get();
    }

    /** Bytes returned by all streams so far. */
    public long bytesServed() {
        return bytesServed.get();
    }

    synchronized void maybeFail(Operation operation) {
        Deque<Supplier<RuntimeException>> queued = failures.get(operation);
        if (queued != null && !queued.isEmpty()) {
            RuntimeException failure = queued.poll().get();
            if (failure != null) {
                throw failure;
            }
        }
    }

    synchronized List<StorageObject> list(String prefix, String startAfter, int maxResults) {
        List<StorageObject> page = new ArrayList<>();
        String from = startAfter == null || KeyOrder.compare(startAfter, prefix) < 0 ? prefix : startAfter;
        boolean inclusive = startAfter == null || KeyOrder.compare(startAfter, prefix) < 0;
        for (Stored stored : objects.tailMap(from, inclusive).values()) {
            if (page.size() == maxResults || !stored.metadata().key().startsWith(prefix)) {
                break;
            }
            page.add(stored.metadata());
        }
        listRequests.incrementAndGet();
        objectsListed.addAndGet(page.size());
        return page;
    }

    synchronized List<String> keysForLevelListing() {
        levelRequests.incrementAndGet();
        return keys();
    }

    /** Stores user metadata with an object, as S3's x-amz-meta-* headers do. */
    public synchronized void putUserMetadata(String key, Map<String, String> metadata) {
        userMetadata.put(key, Map.copyOf(metadata));
    }

    synchronized Map<String, String> userMetadata(String key) {
        return userMetadata.getOrDefault(key, Map.of());
    }

    synchronized StorageObject metadata(String key) {
        Stored stored = objects.get(key);
        return stored == null ? null : stored.metadata();
    }

    synchronized InputStream stream(String key, long position) {
        byte[] content = objects.get(key).content();
        int from = (int) Math.min(position, content.length);
        long failAfter = readFailureAfterBytes;
        readFailureAfterBytes = -1;
        return new CountingStream(new ByteArrayInputStream(content, from, content.length - from), failAfter);
    }

    private final class CountingStream extends InputStream {

        private final InputStream in;
        private final long failAfter;
        private final int generation = streamGeneration;
        private long served;

        CountingStream(InputStream in, long failAfter) {
            this.in = in;
            this.failAfter = failAfter;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (generation != streamGeneration) {
                throw new IOException("Connection reset (injected)");
            }
            int allowed = length;
            if (failAfter >= 0) {
                if (served >= failAfter) {
                    throw new IOException("Connection reset (injected after " + failAfter + " bytes)");
                }
                allowed = (int) Math.min(length, failAfter - served);
            }
            int read = in.read(buffer, offset, allowed);
            if (read > 0) {
                served += read;
                bytesServed.addAndGet(read);
            }
            return read;
        }
    }
}
