package io.cloudstorage.connect.storage.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
