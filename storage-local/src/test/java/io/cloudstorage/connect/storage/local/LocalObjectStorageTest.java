package io.cloudstorage.connect.storage.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.cloudstorage.connect.spi.storage.KeyOrder;
import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.RetriableStorageException;
import io.cloudstorage.connect.spi.storage.StorageException;
import io.cloudstorage.connect.spi.storage.StorageObject;

class LocalObjectStorageTest {

    @TempDir
    Path root;

    private Path bucketFolder;
    private ObjectStorage storage;

    @BeforeEach
    void createBucket() throws Exception {
        bucketFolder = Files.createDirectories(root.resolve("bucket"));
        storage = new LocalStorageProvider().open("bucket", Map.of(LocalStorageProvider.ROOT, root.toString()));
    }

    @Test
    void refusesPrefixesAndKeysThatWouldEscapeTheBucketFolder() throws Exception {
        Files.writeString(root.resolve("secret.txt"), "outside");

        assertThatThrownBy(() -> storage.list("../", null, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.list("a/../../", null, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.list("/etc/", null, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.stat("../secret.txt")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.stat("a//b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.stat("a\\..\\..\\secret.txt")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesBucketsThatAreNotAFolderName() {
        LocalStorageProvider provider = new LocalStorageProvider();
        Map<String, String> props = Map.of(LocalStorageProvider.ROOT, root.toString());

        assertThatThrownBy(() -> provider.open("..", props)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> provider.open("a/b", props)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void doesNotFollowSymbolicLinks() throws Exception {
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "outside");
        Files.createSymbolicLink(bucketFolder.resolve("linked-folder"), outside);
        Files.createSymbolicLink(bucketFolder.resolve("linked-file.txt"), outside.resolve("secret.txt"));
        Files.writeString(bucketFolder.resolve("real.txt"), "inside");

        assertThat(storage.list("", null, 10)).extracting(StorageObject::key).containsExactly("real.txt");
        assertThat(storage.stat("linked-file.txt")).isEmpty();
        assertThat(storage.listLevel("", "/").childPrefixes()).isEmpty();
    }

    /**
     * Against keys sorted in memory: a seeded tree of files and folders whose names extend each other ("a-b", "a.b",
     * "a/…"), some folders empty, large enough that pages take several rounds of names. Listed as folders that just
     * changed, and as settled ones whose passes are kept (five names each, forty kept together, so that they are
     * used again for later pages and dropped for other folders).
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyPageFromAnyStartKeyHoldsTheNextKeysInKeyOrder(boolean settled) throws Exception {
        if (settled) {
            storage = new LocalObjectStorage(root, "bucket",
                    new FolderScans(Clock.offset(Clock.systemUTC(), Duration.ofHours(1)), 5, 40));
        }
        Random random = new Random(20261127);
        List<String> keys = new ArrayList<>();
        // A folder "a" before many "a-…" files: its key "a/" sorts after all of them.
        addRandomTree(random, Files.createDirectory(bucketFolder.resolve("a")), "a/", 1, keys);
        addRandomTree(random, bucketFolder, "", 0, keys);
        keys.sort(KeyOrder.COMPARATOR);
        List<String> startKeys = new ArrayList<>();
        startKeys.add(null);
        for (int i = 0; i < keys.size(); i += 13) {
            startKeys.add(keys.get(i));
            startKeys.add(keys.get(i).substring(0, Math.min(3, keys.get(i).length())));
        }

        for (String prefix : List.of("", "a", "a/", "a-")) {
            for (String startAfter : startKeys) {
                for (int pageSize : new int[] {1, 7, 100, 1000}) {
                    List<String> expected = keys.stream().filter(key -> key.startsWith(prefix))
                            .filter(key -> startAfter == null || KeyOrder.compare(key, startAfter) > 0)
                            .limit(pageSize).toList();
                    assertThat(storage.list(prefix, startAfter, pageSize)).extracting(StorageObject::key)
                            .as("prefix '%s', after %s, %d keys", prefix, startAfter, pageSize)
                            .containsExactlyElementsOf(expected);
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(200);
    }

    private static void addRandomTree(Random random, Path folder, String folderKey, int depth, List<String> keys)
            throws Exception {
        String[] stems = {"a", "a-", "a.", "a0", "b"};
        String[] tails = {"", "-b", ".b", "0", "b", "-"};
        for (String stem : stems) {
            for (String tail : tails) {
                String name = stem + tail + (depth == 0 ? "" : Integer.toString(random.nextInt(3)));
                Path path = folder.resolve(name);
                if (Files.exists(path) || (depth > 0 && random.nextInt(4) > 0)) {
                    continue;
                }
                int kind = random.nextInt(depth < 2 ? 4 : 2);
                if (kind < 2) {
                    Files.createFile(path);
                    keys.add(folderKey + name);
                } else if (kind == 2) {
                    Files.createDirectory(path);
                } else {
                    addRandomTree(random, Files.createDirectory(path), folderKey + name + "/", depth + 1, keys);
                }
            }
        }
        for (int i = 0; depth == 0 && i < 150; i++) {
            String name = "a-" + String.format("%03d", i);
            Files.createFile(folder.resolve(name));
            keys.add(folderKey + name);
        }
    }

    @Test
    void reportsChildPrefixesForAnyDelimiter() throws Exception {
        for (String name : new String[] {"2024-01-a.log", "2024-01-b.log", "2024-02-a.log", "readme"}) {
            Files.writeString(bucketFolder.resolve(name), name);
        }

        var level = storage.listLevel("", "-");

        assertThat(level.childPrefixes()).containsExactly("2024-");
        assertThat(level.directObjects()).isEqualTo(1);
        assertThat(storage.listLevel("2024-", "-").childPrefixes()).containsExactly("2024-01-", "2024-02-");
    }

    @Test
    void aFolderWithoutFilesIsNotAChildPrefix() throws Exception {
        Files.createDirectories(bucketFolder.resolve("empty/nested"));
        Files.createDirectories(bucketFolder.resolve("full"));
        Files.writeString(bucketFolder.resolve("full/a.txt"), "a");

        assertThat(storage.listLevel("", "/").childPrefixes()).containsExactly("full/");
    }

    @Test
    void actionsRefuseToChangeAnythingThroughASymbolicLink() throws Exception {
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.createDirectories(root.resolve("other"));
        Files.writeString(outside.resolve("secret.txt"), "outside");
        Files.createSymbolicLink(bucketFolder.resolve("linked-folder"), outside);
        Files.createSymbolicLink(root.resolve("other").resolve("linked-target"), outside);
        Files.writeString(bucketFolder.resolve("real.txt"), "inside");
        StorageObject real = storage.stat("real.txt").orElseThrow();
        StorageObject throughLink = storage.stat("linked-folder/secret.txt").orElseThrow();

        assertThatThrownBy(() -> storage.delete(throughLink)).isInstanceOf(StorageException.class)
                .hasMessageContaining("symbolic link");
        assertThatThrownBy(() -> storage.move(throughLink, "bucket", "moved.txt"))
                .isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> storage.move(real, "other", "linked-target/real.txt"))
                .isInstanceOf(StorageException.class).hasMessageContaining("symbolic link");

        assertThat(outside.resolve("secret.txt")).hasContent("outside");
        assertThat(outside.resolve("real.txt")).doesNotExist();
        assertThat(bucketFolder.resolve("real.txt")).hasContent("inside");
    }

    @Test
    void movesOnlyToAFolderBesideTheBucketFolder() throws Exception {
        Files.writeString(bucketFolder.resolve("a.txt"), "a");
        StorageObject object = storage.stat("a.txt").orElseThrow();

        for (String bucket : new String[] {"..", ".", "a/b", ""}) {
            assertThatThrownBy(() -> storage.move(object, bucket, "a.txt")).as(bucket)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> storage.move(object, "bucket", "../a.txt"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(bucketFolder.resolve("a.txt")).hasContent("a");
    }

    @Test
    void aMovedFileKeepsItsVersion() throws Exception {
        Files.writeString(bucketFolder.resolve("a.txt"), "a");
        StorageObject object = storage.stat("a.txt").orElseThrow();

        assertThat(storage.move(object, "bucket", "done/a.txt")).isTrue();

        assertThat(storage.stat("done/a.txt")).hasValueSatisfying(moved -> {
            assertThat(moved.etag()).isEqualTo(object.etag());
            assertThat(moved.lastModified()).isEqualTo(object.lastModified());
        });
    }

    @Test
    void aMoveOntoAFolderOrBelowAFileFailsWithoutRetrying() throws Exception {
        Files.writeString(bucketFolder.resolve("a.txt"), "a");
        Files.createDirectories(bucketFolder.resolve("done/a.txt/inside"));
        Files.writeString(bucketFolder.resolve("file"), "a file, not a folder");
        StorageObject object = storage.stat("a.txt").orElseThrow();

        for (String target : new String[] {"done/a.txt", "file/a.txt"}) {
            assertThatThrownBy(() -> storage.move(object, "bucket", target)).as(target)
                    .isInstanceOf(StorageException.class).isNotInstanceOf(RetriableStorageException.class);
        }
        assertThat(bucketFolder.resolve("a.txt")).hasContent("a");
    }

    @Test
    void aMissingRootIsReportedAgainstTheRootKey() {
        ObjectStorage missingRoot = new LocalStorageProvider().open("bucket",
                Map.of(LocalStorageProvider.ROOT, root.resolve("nope").toString()));

        assertThatThrownBy(() -> missingRoot.checkBucket("")).isInstanceOf(StorageException.class)
                .satisfies(e -> assertThat(((StorageException) e).relatedConfigKey()).contains("local.root"));
    }

    @Test
    void requiresTheRootFolderWhenSelected() {
        assertThat(new LocalStorageProvider().validate(Map.of()))
                .singleElement().satisfies(issue -> assertThat(issue.key()).isEqualTo("local.root"));
    }
}
