package io.cloudstorage.connect.storage.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FolderEntriesTest {

    @TempDir
    Path folder;

    private final List<String> lookedUp = new ArrayList<>();

    /** Folders named like files that extend their names: "a/" sorts after "a-1", "a.b" and "a.c", before "a0". */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 100})
    void handsOutEntriesInKeyOrderWhateverTheRoundSize(int roundSize) throws Exception {
        for (String name : List.of("a0", "a.c", "a-1", "b", "a.b")) {
            Files.createFile(folder.resolve(name));
        }
        for (String name : List.of("a", "a-", "c")) {
            Files.createDirectory(folder.resolve(name));
        }

        assertThat(keys(new FolderEntries(folder, "p/", key -> true, roundSize, this::lookUp)))
                .containsExactly("p/a-/", "p/a-1", "p/a.b", "p/a.c", "p/a/", "p/a0", "p/b", "p/c/");
    }

    @Test
    void looksUpOnlyTheNamesOfTheRoundsItNeeds() throws Exception {
        for (int i = 0; i < 100; i++) {
            Files.createFile(folder.resolve(String.format("%03d", i)));
        }

        FolderEntries entries = new FolderEntries(folder, "", key -> true, 10, this::lookUp);
        List<String> firstFive = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            firstFive.add(entries.next().key());
        }

        assertThat(firstFive).containsExactly("000", "001", "002", "003", "004");
        assertThat(lookedUp).containsExactlyInAnyOrder("000", "001", "002", "003", "004", "005", "006", "007", "008",
                "009");
    }

    @Test
    void namesNotWantedAreNeverLookedUp() throws Exception {
        for (String name : List.of("a", "b", "c", "d")) {
            Files.createFile(folder.resolve(name));
        }

        assertThat(keys(new FolderEntries(folder, "", key -> key.compareTo("b") > 0, 1, this::lookUp)))
                .containsExactly("c", "d");
        assertThat(lookedUp).containsExactly("c", "d");
    }

    @Test
    void entriesLeftOutByTheLookupDoNotEndTheRounds() throws Exception {
        for (String name : List.of("a", "b", "c", "d", "e")) {
            Files.createFile(folder.resolve(name));
        }
        FolderEntries.Lookup withoutAtoC = (path, key) -> key.compareTo("c") <= 0 ? Optional.empty()
                : lookUp(path, key);

        assertThat(keys(new FolderEntries(folder, "", key -> true, 1, withoutAtoC))).containsExactly("d", "e");
    }

    @Test
    void aMissingFolderHasNoEntries() {
        assertThat(new FolderEntries(folder.resolve("gone"), "", key -> true, 10, this::lookUp).hasNext()).isFalse();
    }

    private Optional<FolderEntry> lookUp(Path path, String key) {
        lookedUp.add(key);
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
