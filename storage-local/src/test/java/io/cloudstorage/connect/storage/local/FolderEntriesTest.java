package io.cloudstorage.connect.storage.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each test runs on a folder that changed just now and on one that settled long ago, whose passes are kept. */
class FolderEntriesTest {

    @TempDir
    Path folder;

    private final List<String> lookedUp = new ArrayList<>();

    /** Folders named like files that extend their names: "a/" sorts after "a-1", "a.b" and "a.c", before "a0". */
    @ParameterizedTest
    @CsvSource({"1, false", "2, false", "3, false", "4, false", "100, false", "1, true", "2, true", "3, true",
            "100, true"})
    void handsOutEntriesInKeyOrderWhateverTheRoundSize(int roundSize, boolean settled) throws Exception {
        for (String name : List.of("a0", "a.c", "a-1", "b", "a.b")) {
            Files.createFile(folder.resolve(name));
        }
        for (String name : List.of("a", "a-", "c")) {
            Files.createDirectory(folder.resolve(name));
        }

        assertThat(keys(entries("", null, roundSize, scans(settled, roundSize), this::lookUp)))
                .containsExactly("a-/", "a-1", "a.b", "a.c", "a/", "a0", "b", "c/");
    }

    /** A start key inside folder "a" hands out "a/" first: the listing enters it, though its key sorts before. */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void startsWithTheFolderThatHoldsTheStartKey(boolean settled) throws Exception {
        for (String name : List.of("a-1", "a.b", "a0", "b")) {
            Files.createFile(folder.resolve(name));
        }
        Files.createDirectory(folder.resolve("a"));
        FolderScans scans = scans(settled, 100);
        assertThat(keys(entries("", null, 100, scans, this::lookUp))).contains("a/");

        assertThat(keys(entries("", "a/x", 100, scans, this::lookUp))).containsExactly("a/", "a0", "b");
        assertThat(keys(entries("", "a.c", 100, scans, this::lookUp))).containsExactly("a/", "a0", "b");
        assertThat(keys(entries("", "a-2", 100, scans, this::lookUp))).containsExactly("a.b", "a/", "a0", "b");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void looksUpOnlyTheEntriesItHandsOut(boolean settled) throws Exception {
        for (int i = 0; i < 100; i++) {
            Files.createFile(folder.resolve(String.format("%03d", i)));
        }

        FolderEntries entries = entries("", null, 10, scans(settled, 10), this::lookUp);
        List<String> firstFive = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            firstFive.add(entries.next().key());
        }

        assertThat(firstFive).containsExactly("000", "001", "002", "003", "004");
        assertThat(lookedUp).containsExactly("000", "001", "002", "003", "004");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void namesBeforeTheStartKeyAreNeverLookedUp(boolean settled) throws Exception {
        for (String name : List.of("a", "b", "c", "d")) {
            Files.createFile(folder.resolve(name));
        }

        assertThat(keys(entries("", "b0", 1, scans(settled, 1), this::lookUp))).containsExactly("c", "d");
        assertThat(lookedUp).containsExactly("c", "d");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void entriesLeftOutByTheLookupDoNotEndTheRounds(boolean settled) throws Exception {
        for (String name : List.of("a", "b", "c", "d", "e")) {
            Files.createFile(folder.resolve(name));
        }
        FolderEntries.Lookup withoutAtoC = key -> key.compareTo("c") <= 0 ? Optional.empty() : lookUp(key);

        assertThat(keys(entries("", null, 1, scans(settled, 1), withoutAtoC))).containsExactly("d", "e");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aMissingFolderHasNoEntries(boolean settled) {
        folder = folder.resolve("gone");

        assertThat(entries("", null, 10, scans(settled, 10), this::lookUp).hasNext()).isFalse();
    }

    /** Settled: the clock is an hour past the folder's last change, and passes keep {@code budget} names. */
    private static FolderScans scans(boolean settled, int budget) {
        Clock clock = settled ? Clock.offset(Clock.systemUTC(), Duration.ofHours(1))
                : Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
        return new FolderScans(clock, budget, 10 * budget);
    }

    private FolderEntries entries(String folderKey, String startAfter, int roundSize, FolderScans scans,
                                  FolderEntries.Lookup lookup) {
        FolderScan.Acceptance accepted = (key, floor) -> LocalObjectStorage.mayHoldKeysToList(key, folderKey, floor);
        return new FolderEntries((floor, size) -> scans.round(folder, folderKey, folderKey, accepted, floor, size),
                startAfter, roundSize, lookup);
    }

    private Optional<FolderEntry> lookUp(String key) {
        lookedUp.add(key);
        Path path = folder.resolve(key);
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return Optional.of(new FolderEntry(attributes.isDirectory() ? key + "/" : key, path, attributes));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static List<String> keys(FolderEntries entries) {
        List<String> keys = new ArrayList<>();
        entries.forEachRemaining(entry -> keys.add(entry.key()));
        return keys;
    }
}
