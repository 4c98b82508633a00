package io.cloudstorage.connect.spi.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ObjectStorage} must do, run against each backend on a real server (or folder).
 * A backend's test extends this class and provides a {@link StorageFixture}; a backend whose provider supports
 * after-read actions also overrides {@link #supportedActions()} and the hooks those actions need.
 */
public abstract class ObjectStorageContractTest {

    private StorageFixture fixture;
    private ObjectStorage storage;

    protected abstract StorageFixture createFixture() throws Exception;

    /**
     * The after-read actions of the backend's provider ({@link StorageProvider#supportedActions()}): each one's
     * contract is checked here, and every other action must be refused.
     */
    protected Set<ObjectAction> supportedActions() {
        return Set.of();
    }

    /**
     * Whether the test's server can do {@code action}, which the provider supports. A backend whose test server
     * lacks what the real service has overrides this, saying why, and tests that action another way.
     */
    protected boolean serverSupports(ObjectAction action) {
        return true;
    }

    /**
     * A client for another new, empty bucket beside the fixture's, into which the fixture's storage can move
     * objects. Needed for {@link ObjectAction#MOVE}.
     */
    protected ObjectStorage createOtherBucket() throws Exception {
        throw new UnsupportedOperationException("Override createOtherBucket() to check moves between buckets");
    }

    /** The tags of an object in the fixture's bucket, read without the storage under test. Needed for TAG. */
    protected Map<String, String> tagsOf(String key) throws Exception {
        throw new UnsupportedOperationException("Override tagsOf() to check tagging");
    }

    @BeforeEach
    void createBucket() throws Exception {
        fixture = createFixture();
        storage = fixture.storage();
    }

    @AfterEach
    void closeBucket() throws Exception {
        storage.close();
        fixture.close();
    }

    @Test
    void listsObjectsUnderAPrefixInKeyOrderWithTheirMetadata() throws Exception {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
        put("logs/b.txt", "bb");
        put("logs/a.txt", "a");
        put("other/c.txt", "ccc");

        List<StorageObject> listed = storage.list("logs/", null, 100);

        assertThat(listed).extracting(StorageObject::key).containsExactly("logs/a.txt", "logs/b.txt");
        assertThat(listed).extracting(StorageObject::size).containsExactly(1L, 2L);
        assertThat(listed).allSatisfy(object -> {
            assertThat(object.etag()).isNotBlank().doesNotContain("\"");
            assertThat(object.lastModified()).isAfterOrEqualTo(before);
        });
    }

    /**
     * Protected so that a backend whose test server deviates from the real service here can override it, saying
     * why in its override; the connector itself never compares keys listed by a server.
     */
    @Test
    protected void listsKeysInUtf8ByteOrderWhateverTheirCharacters() throws Exception {
        listsKeysInTheGivenOrder(List.of("k/a-b", "k/a/b", "k/a/c/d", "k/a0", "k/b", "k/é", "k/\uE000",
                "k/\uD83D\uDE00"));
    }

    /** Writes the keys in reverse and checks that they are listed in the given order. */
    protected final void listsKeysInTheGivenOrder(List<String> keys) throws Exception {
        List<String> reversed = new ArrayList<>(keys);
        Collections.reverse(reversed);
        for (String key : reversed) {
            put(key, key);
        }

        assertThat(storage.list("k/", null, 100)).extracting(StorageObject::key).containsExactlyElementsOf(keys);
    }

    @Test
    void listsOnlyKeysAfterTheStartKeySoThatPagingVisitsEveryKeyOnce() throws Exception {
        List<String> keys = IntStream.range(0, 23).mapToObj(i -> String.format("p/%03d/obj", i)).toList();
        for (String key : keys) {
            put(key, "x");
        }

        List<String> visited = new ArrayList<>();
        String startAfter = null;
        List<StorageObject> page;
        do {
            page = storage.list("p/", startAfter, 5);
            assertThat(page.size()).isLessThanOrEqualTo(5);
            page.forEach(object -> visited.add(object.key()));
            startAfter = page.isEmpty() ? startAfter : page.get(page.size() - 1).key();
        } while (page.size() == 5);

        assertThat(visited).containsExactlyElementsOf(keys);
    }

    @Test
    void startKeyNeedNotExistAndMaySortBeforeThePrefix() throws Exception {
        put("p/a", "x");
        put("p/c", "x");

        assertThat(storage.list("p/", "p/b", 10)).extracting(StorageObject::key).containsExactly("p/c");
        assertThat(storage.list("p/", "a", 10)).extracting(StorageObject::key).containsExactly("p/a", "p/c");
        assertThat(storage.list("p/", "p/c", 10)).isEmpty();
    }

    @Test
    void aPrefixNeedNotEndWithTheDelimiter() throws Exception {
        put("logs-2024/a", "x");
        put("logs/a", "x");
        put("logs2024", "x");
        put("log", "x");

        assertThat(storage.list("logs", null, 10)).extracting(StorageObject::key)
                .containsExactly("logs-2024/a", "logs/a", "logs2024");
    }

    @Test
    void anEmptyPrefixListsTheWholeBucket() throws Exception {
        put("b/x", "x");
        put("a", "x");

        assertThat(storage.list("", null, 10)).extracting(StorageObject::key).containsExactly("a", "b/x");
    }

    @Test
    void listsTheChildPrefixesOneLevelDownAndCountsTheObjectsBeside() throws Exception {
        put("logs/app2/x/1.txt", "x");
        put("logs/app1/1.txt", "x");
        put("logs/app1/2.txt", "x");
        put("logs/readme.txt", "x");
        put("other/app3/1.txt", "x");

        PrefixLevel level = storage.listLevel("logs/", "/");

        assertThat(level.childPrefixes()).containsExactly("logs/app1/", "logs/app2/");
        assertThat(level.directObjects()).isEqualTo(1);
        assertThat(storage.listLevel("logs/app2/", "/").childPrefixes()).containsExactly("logs/app2/x/");
        assertThat(storage.listLevel("", "/").childPrefixes()).containsExactly("logs/", "other/");
        assertThat(storage.listLevel("none/", "/")).isEqualTo(new PrefixLevel(List.of(), 0));
    }

    @Test
    void statDescribesAnObjectOrNothing() throws Exception {
        put("a/b.txt", "hello");

        StorageObject listed = storage.list("a/", null, 1).get(0);
        assertThat(storage.stat("a/b.txt")).contains(listed);
        assertThat(storage.stat("a/missing.txt")).isEmpty();
    }

    @Test
    void opensAnObjectFromAnyBytePosition() throws Exception {
        put("data.txt", "0123456789");
        StorageObject object = storage.stat("data.txt").orElseThrow();

        assertThat(read(object, 0)).isEqualTo("0123456789");
        assertThat(read(object, 4)).isEqualTo("456789");
        assertThat(read(object, 9)).isEqualTo("9");
        assertThat(read(object, 10)).isEmpty();
        assertThat(read(object, 11)).isEmpty();
    }

    @Test
    void opensARangeOfAnObjectEndingWhereTheObjectDoes() throws Exception {
        put("data.txt", "0123456789");
        StorageObject object = storage.stat("data.txt").orElseThrow();

        assertThat(read(object, 0, 3)).isEqualTo("012");
        assertThat(read(object, 4, 5)).isEqualTo("45678");
        assertThat(read(object, 8, 5)).isEqualTo("89");
        assertThat(read(object, 10, 5)).isEmpty();
    }

    @Test
    void aRangeOfAnObjectOverwrittenAfterListingIsReportedModified() throws Exception {
        put("changing.txt", "version one");
        StorageObject first = storage.stat("changing.txt").orElseThrow();
        put("changing.txt", "version two, longer");

        assertThatThrownBy(() -> read(first, 2, 4)).isInstanceOf(ObjectModifiedException.class)
                .hasMessageContaining("changing.txt");
    }

    @Test
    void readsLargeObjectsCompletely() throws Exception {
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31 + i / 7);
        }
        fixture.put("big.bin", content);
        StorageObject object = storage.stat("big.bin").orElseThrow();

        assertThat(object.size()).isEqualTo(content.length);
        try (InputStream in = storage.open(object, 0)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void anObjectDeletedAfterListingIsReportedMissing() throws Exception {
        put("gone.txt", "x");
        StorageObject object = storage.stat("gone.txt").orElseThrow();
        fixture.delete("gone.txt");

        assertThatThrownBy(() -> read(object, 0)).isInstanceOf(ObjectMissingException.class)
                .hasMessageContaining("gone.txt");
    }

    @Test
    void anObjectOverwrittenAfterListingIsReportedModified() throws Exception {
        put("changing.txt", "version one");
        StorageObject first = storage.stat("changing.txt").orElseThrow();
        put("changing.txt", "version two, longer");
        StorageObject second = storage.stat("changing.txt").orElseThrow();

        assertThat(second.etag()).isNotEqualTo(first.etag());
        assertThatThrownBy(() -> read(first, 0)).isInstanceOf(ObjectModifiedException.class)
                .hasMessageContaining("changing.txt");
        assertThat(read(second, 8)).isEqualTo("two, longer");
    }

    @Test
    void checkingAnExistingBucketSucceedsForTheWholeBucketAndForAPrefixWithOrWithoutObjects() throws Exception {
        put("checked/one.txt", "1");

        storage.checkBucket("");
        storage.checkBucket("checked/");
        storage.checkBucket("nothing-here-yet/");
    }

    @Test
    void checkingAMissingBucketFailsAgainstTheBucketKey() {
        try (ObjectStorage missing = fixture.storageForMissingBucket()) {
            assertThatThrownBy(() -> missing.checkBucket("logs/"))
                    .isInstanceOf(StorageException.class)
                    .isNotInstanceOf(RetriableStorageException.class)
                    .hasMessageContaining(missing.bucket())
                    .satisfies(e -> assertThat(((StorageException) e).relatedConfigKey()).contains("bucket"));
        }
    }

    @Test
    void describesObjectsWithTheBucketAndKey() {
        assertThat(storage.describe("a/b.txt")).contains(storage.bucket()).endsWith("a/b.txt");
    }

    @Test
    void refusesTheActionsItsProviderDoesNotSupportAndLeavesTheObject() throws Exception {
        put("kept.txt", "kept");
        StorageObject object = storage.stat("kept.txt").orElseThrow();

        Set<ObjectAction> refused = EnumSet.allOf(ObjectAction.class);
        refused.removeAll(supportedActions());
        for (ObjectAction action : refused) {
            assertThatThrownBy(() -> {
                switch (action) {
                    case DELETE -> storage.delete(object);
                    case MOVE -> storage.move(object, storage.bucket(), "moved/kept.txt");
                    case TAG -> storage.tag(object, Map.of("done", "true"));
                }
            }).as(action.name()).isInstanceOf(UnsupportedOperationException.class);
        }
        assertThat(read(object, 0)).isEqualTo("kept");
    }

    @Test
    void deleteRemovesTheListedVersionAndNothingElse() throws Exception {
        assumeChecked(ObjectAction.DELETE);
        put("in/a.txt", "a");
        put("in/b.txt", "b");

        assertThat(storage.delete(storage.stat("in/a.txt").orElseThrow())).isTrue();

        assertThat(storage.list("in/", null, 10)).extracting(StorageObject::key).containsExactly("in/b.txt");
    }

    @Test
    void deletingAgainOrDeletingAnObjectAlreadyGoneSucceeds() throws Exception {
        assumeChecked(ObjectAction.DELETE);
        put("a.txt", "a");
        put("b.txt", "b");
        StorageObject a = storage.stat("a.txt").orElseThrow();
        StorageObject b = storage.stat("b.txt").orElseThrow();
        fixture.delete("b.txt");

        assertThat(storage.delete(a)).isTrue();
        assertThat(storage.delete(a)).isTrue();
        assertThat(storage.delete(b)).isTrue();
        assertThat(storage.list("", null, 10)).isEmpty();
    }

    @Test
    void deleteLeavesAnObjectOverwrittenSinceItWasListed() throws Exception {
        assumeChecked(ObjectAction.DELETE);
        put("changing.txt", "version one");
        StorageObject first = storage.stat("changing.txt").orElseThrow();
        put("changing.txt", "version two, not yet read");

        assertThat(storage.delete(first)).isFalse();

        StorageObject second = storage.stat("changing.txt").orElseThrow();
        assertThat(read(second, 0)).isEqualTo("version two, not yet read");
    }

    @Test
    void moveWithinTheBucketLeavesTheContentOnlyAtTheTarget() throws Exception {
        assumeChecked(ObjectAction.MOVE);
        put("in/2024/a.txt", "moved content");
        StorageObject object = storage.stat("in/2024/a.txt").orElseThrow();

        assertThat(storage.move(object, storage.bucket(), "done/2024/a.txt")).isTrue();

        assertThat(storage.stat("in/2024/a.txt")).isEmpty();
        assertThat(readCurrent(storage, "done/2024/a.txt")).isEqualTo("moved content");
    }

    @Test
    void moveToAnotherBucketLeavesTheContentOnlyThere() throws Exception {
        assumeChecked(ObjectAction.MOVE);
        put("in/a.txt", "moved content");
        StorageObject object = storage.stat("in/a.txt").orElseThrow();

        try (ObjectStorage other = createOtherBucket()) {
            assertThat(storage.move(object, other.bucket(), "archive/a.txt")).isTrue();

            assertThat(storage.stat("in/a.txt")).isEmpty();
            assertThat(readCurrent(other, "archive/a.txt")).isEqualTo("moved content");
        }
    }

    @Test
    void repeatingAFinishedMoveSucceedsAndKeepsTheTarget() throws Exception {
        assumeChecked(ObjectAction.MOVE);
        put("in/a.txt", "moved content");
        StorageObject object = storage.stat("in/a.txt").orElseThrow();

        assertThat(storage.move(object, storage.bucket(), "done/a.txt")).isTrue();
        assertThat(storage.move(object, storage.bucket(), "done/a.txt")).isTrue();

        assertThat(storage.stat("in/a.txt")).isEmpty();
        assertThat(readCurrent(storage, "done/a.txt")).isEqualTo("moved content");
    }

    @Test
    void moveLeavesAnObjectOverwrittenSinceItWasListedAndWritesNoTarget() throws Exception {
        assumeChecked(ObjectAction.MOVE);
        put("in/a.txt", "version one");
        StorageObject first = storage.stat("in/a.txt").orElseThrow();
        put("in/a.txt", "version two, not yet read");

        assertThat(storage.move(first, storage.bucket(), "done/a.txt")).isFalse();

        assertThat(readCurrent(storage, "in/a.txt")).isEqualTo("version two, not yet read");
        assertThat(storage.stat("done/a.txt")).isEmpty();
    }

    @Test
    void moveReplacesAnObjectAlreadyAtTheTarget() throws Exception {
        assumeChecked(ObjectAction.MOVE);
        put("done/a.txt", "an older object");
        put("in/a.txt", "moved content");

        assertThat(storage.move(storage.stat("in/a.txt").orElseThrow(), storage.bucket(), "done/a.txt")).isTrue();

        assertThat(readCurrent(storage, "done/a.txt")).isEqualTo("moved content");
    }

    /** Moving onto itself, then deleting the source, would lose the object. */
    @Test
    void moveOntoItselfIsRefusedAndKeepsTheObject() throws Exception {
        assumeChecked(ObjectAction.MOVE);
        put("in/a.txt", "content");
        StorageObject object = storage.stat("in/a.txt").orElseThrow();

        assertThatThrownBy(() -> storage.move(object, storage.bucket(), "in/a.txt"))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(read(object, 0)).isEqualTo("content");
    }

    @Test
    void moveToAMissingBucketFailsNamingItAndKeepsTheObject() throws Exception {
        assumeChecked(ObjectAction.MOVE);
        put("in/a.txt", "content");
        StorageObject object = storage.stat("in/a.txt").orElseThrow();
        String missingBucket;
        try (ObjectStorage missing = fixture.storageForMissingBucket()) {
            missingBucket = missing.bucket();
        }

        assertThatThrownBy(() -> storage.move(object, missingBucket, "done/a.txt"))
                .isInstanceOf(StorageException.class)
                .isNotInstanceOf(RetriableStorageException.class)
                .hasMessageContaining(missingBucket);

        assertThat(read(object, 0)).isEqualTo("content");
    }

    @Test
    void tagSetsTheTagsAndKeepsTheObjectsOtherTags() throws Exception {
        assumeChecked(ObjectAction.TAG);
        put("a.txt", "a");
        StorageObject object = storage.stat("a.txt").orElseThrow();

        assertThat(storage.tag(object, Map.of("source", "erp", "state", "new"))).isTrue();
        assertThat(storage.tag(object, Map.of("state", "ingested", "by", "connector"))).isTrue();

        assertThat(tagsOf("a.txt")).isEqualTo(Map.of("source", "erp", "state", "ingested", "by", "connector"));
        assertThat(read(object, 0)).as("tags are not content").isEqualTo("a");
    }

    @Test
    void taggingAgainChangesNothing() throws Exception {
        assumeChecked(ObjectAction.TAG);
        put("a.txt", "a");
        StorageObject object = storage.stat("a.txt").orElseThrow();

        assertThat(storage.tag(object, Map.of("ingested", "true"))).isTrue();
        assertThat(storage.tag(object, Map.of("ingested", "true"))).isTrue();

        assertThat(tagsOf("a.txt")).isEqualTo(Map.of("ingested", "true"));
    }

    @Test
    void tagLeavesAnObjectOverwrittenOrDeletedSinceItWasListed() throws Exception {
        assumeChecked(ObjectAction.TAG);
        put("changing.txt", "version one");
        put("gone.txt", "x");
        StorageObject changing = storage.stat("changing.txt").orElseThrow();
        StorageObject gone = storage.stat("gone.txt").orElseThrow();
        put("changing.txt", "version two, not yet read");
        fixture.delete("gone.txt");

        assertThat(storage.tag(changing, Map.of("ingested", "true"))).isFalse();
        assertThat(storage.tag(gone, Map.of("ingested", "true"))).isFalse();

        assertThat(tagsOf("changing.txt")).isEmpty();
    }

    private void assumeChecked(ObjectAction action) {
        assumeTrue(supportedActions().contains(action), "The provider does not support " + action);
        assumeTrue(serverSupports(action), "The test server cannot " + action);
    }

    private void put(String key, String content) throws Exception {
        fixture.put(key, content.getBytes(UTF_8));
    }

    private String read(StorageObject object, long position) throws IOException {
        return read(storage, object, position);
    }

    private String read(StorageObject object, long position, long length) throws IOException {
        try (InputStream in = storage.open(object, position, length)) {
            return new String(in.readAllBytes(), UTF_8);
        }
    }

    private static String readCurrent(ObjectStorage storage, String key) throws IOException {
        return read(storage, storage.stat(key).orElseThrow(() -> new AssertionError("No object " + key)), 0);
    }

    private static String read(ObjectStorage storage, StorageObject object, long position) throws IOException {
        try (InputStream in = storage.open(object, position)) {
            return new String(in.readAllBytes(), UTF_8);
        }
    }
}
