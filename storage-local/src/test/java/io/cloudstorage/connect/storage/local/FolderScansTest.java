package io.cloudstorage.connect.storage.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whether a pass is kept shows through a file added behind the folder's back: its modification time is set back to
 * what it was, so only a fresh pass finds the file.
 */
class FolderScansTest {

    private static final FolderScan.Acceptance AFTER_FLOOR =
            (key, floor) -> LocalObjectStorage.mayHoldKeysToList(key, "", floor);

    @TempDir
    Path root;

    private Path folder;
    private FileTime modified;

    @BeforeEach
    void createFolder() throws Exception {
        folder = Files.createDirectory(root.resolve("folder"));
        for (String name : List.of("a", "c", "e", "g", "i")) {
            Files.createFile(folder.resolve(name));
        }
        modified = Files.getLastModifiedTime(folder);
    }

    @Test
    void aSettledFolderIsReadOnceWhileItDoesNotChange() throws Exception {
        FolderScans scans = new FolderScans(clockAfterChange(Duration.ofMinutes(1)), 10, 100);
        assertThat(names(scans, null)).containsExactly("a", "c", "e", "g", "i");

        addBehindTheFolderSBack("d");
        assertThat(names(scans, "b")).containsExactly("c", "e", "g", "i");

        Files.createFile(folder.resolve("h"));
        assertThat(names(scans, "b")).containsExactly("c", "d", "e", "g", "h", "i");
    }

    @Test
    void aFolderThatChangedLessThanTwoSecondsBeforeIsReadAfresh() throws Exception {
        FolderScans scans = new FolderScans(clockAfterChange(Duration.ofMillis(1_500)), 10, 100);
        assertThat(scans.round(folder, "", "", AFTER_FLOOR, null, 10).names()).containsExactly("a", "c", "e", "g", "i");

        addBehindTheFolderSBack("d");

        assertThat(scans.round(folder, "", "", AFTER_FLOOR, "b", 10).names()).containsExactly("c", "d", "e", "g", "i");
    }

    @Test
    void aKeptPassServesNoEarlierFloorNorOneAfterItsLastName() throws Exception {
        FolderScans scans = new FolderScans(clockAfterChange(Duration.ofMinutes(1)), 2, 100);
        FolderScans.Round first = round(scans, "b", 2);
        assertThat(first.names()).containsExactly("c", "e");
        assertThat(first.firstLeftOut()).isEqualTo("g");

        addBehindTheFolderSBack("d");
        assertThat(round(scans, "b0", 2).names()).containsExactly("c", "e");
        assertThat(round(scans, "a0", 2).names()).containsExactly("c", "d");

        addBehindTheFolderSBack("d5");
        assertThat(round(scans, "d", 2).names()).containsExactly("d", "d5");
    }

    @Test
    void eachNextPassOfAListingKeepsTwiceAsManyNamesUpToTheBudget() throws Exception {
        for (int i = 0; i < 20; i++) {
            Files.createFile(folder.resolve(String.format("k%02d", i)));
        }
        Files.setLastModifiedTime(folder, modified);
        FolderScans scans = new FolderScans(clockAfterChange(Duration.ofMinutes(1)), 8, 100);

        List<Integer> kept = new ArrayList<>();
        String floor = "j";
        for (int pass = 0; pass < 4; pass++) {
            List<String> names = round(scans, floor, 2).names();
            kept.add(names.size());
            floor = names.get(names.size() - 1);
        }

        // Twice what the round needs first. Each pass starts with the last name of the one before, which could be a
        // folder whose key sorts after it.
        assertThat(kept).containsExactly(4, 8, 8, 3);
    }

    @Test
    void aRoundNeedingMoreNamesThanKeptReadsAfresh() throws Exception {
        FolderScans scans = new FolderScans(clockAfterChange(Duration.ofMinutes(1)), 2, 100);
        assertThat(round(scans, null, 2).names()).containsExactly("a", "c");

        addBehindTheFolderSBack("b");

        FolderScans.Round larger = round(scans, null, 4);
        assertThat(larger.names()).containsExactly("a", "b", "c", "e");
        assertThat(larger.budget()).isEqualTo(4);
    }

    @Test
    void keptPassesHoldNoMoreNamesThanAllowedTogether() throws Exception {
        Path other = Files.createDirectory(root.resolve("other"));
        for (String name : List.of("b", "d", "f")) {
            Files.createFile(other.resolve(name));
        }
        Files.setLastModifiedTime(other, modified);
        FolderScans scans = new FolderScans(clockAfterChange(Duration.ofMinutes(1)), 10, 6);
        assertThat(names(scans, null)).hasSize(5);
        assertThat(scans.round(other, "", "", AFTER_FLOOR, null, 10).names()).containsExactly("b", "d", "f");

        addBehindTheFolderSBack("d");

        assertThat(names(scans, "b")).containsExactly("c", "d", "e", "g", "i");
    }

    @Test
    void aMissingFolderHasNoNames() {
        FolderScans scans = new FolderScans(clockAfterChange(Duration.ofMinutes(1)), 10, 100);

        FolderScans.Round round = scans.round(root.resolve("gone"), "", "", AFTER_FLOOR, null, 10);

        assertThat(round.names()).isEmpty();
        assertThat(round.firstLeftOut()).isNull();
    }

    private Clock clockAfterChange(Duration elapsed) {
        return Clock.fixed(modified.toInstant().plus(elapsed), ZoneOffset.UTC);
    }

    private void addBehindTheFolderSBack(String name) throws Exception {
        Files.createFile(folder.resolve(name));
        Files.setLastModifiedTime(folder, modified);
    }

    /** A round that needs ten names, more than the folder holds. */
    private List<String> names(FolderScans scans, String floor) {
        return round(scans, floor, 10).names();
    }

    private FolderScans.Round round(FolderScans scans, String floor, int roundSize) {
        return scans.round(folder, "", "", AFTER_FLOOR, floor, roundSize);
    }
}
