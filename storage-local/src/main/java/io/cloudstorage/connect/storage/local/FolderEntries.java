package io.cloudstorage.connect.storage.local;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Predicate;

import io.cloudstorage.connect.spi.storage.KeyOrder;

/**
 * A folder's files and subfolders in key order, read in rounds: a round reads the folder's names, keeps the next
 * few of them and looks up only those. A page of a huge folder thus costs one pass over its names and a file-system
 * call per entry it returns, and holds only those entries; sorting the whole folder would look up every entry after
 * the start key on every page, and hold them all.
 *
 * <p>A name gives its entry's place in the order but for one thing: a subfolder's key is its name followed by '/',
 * so it sorts after the names that extend its name with a character below '/' ("a-1" sorts between "a" and "a/").
 * An entry is therefore handed out only when no name left out of its round can sort before it; the others wait
 * for the next round.
 */
final class FolderEntries implements Iterator<FolderEntry> {

    /** Looks up the entry a name in the folder stands for. */
    interface Lookup {

        /**
         * @param key the folder's key followed by the entry's name
         * @return the entry (with '/' after the key of a folder), or empty if it is gone or is to be left out
         */
        Optional<FolderEntry> entry(Path path, String key);
    }

    private static final Comparator<String> LAST_KEY_FIRST = KeyOrder.COMPARATOR.reversed();

    private final Path folder;
    private final String folderKey;
    private final Predicate<String> wanted;
    private final Lookup lookup;
    private final Deque<FolderEntry> round = new ArrayDeque<>();
    private int roundSize;
    private String lastKey;
    private boolean lastRound;

    /**
     * @param wanted     whether a name (as the folder's key followed by it) may stand for an entry to hand out,
     *                   decided before any file-system call for it
     * @param roundSize  how many names a round keeps; it grows when a round can hand out nothing
     * @param lookup     how a kept name becomes an entry
     */
    FolderEntries(Path folder, String folderKey, Predicate<String> wanted, int roundSize, Lookup lookup) {
        this.folder = folder;
        this.folderKey = folderKey;
        this.wanted = wanted;
        this.roundSize = roundSize;
        this.lookup = lookup;
    }

    @Override
    public boolean hasNext() {
        while (round.isEmpty() && !lastRound) {
            readRound();
        }
        return !round.isEmpty();
    }

    @Override
    public FolderEntry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        FolderEntry entry = round.removeFirst();
        lastKey = entry.key();
        return entry;
    }

    private void readRound() {
        Names names = nextNames();
        List<FolderEntry> entries = new ArrayList<>(names.kept().size());
        for (String key : names.kept()) {
            lookup.entry(folder.resolve(key.substring(folderKey.length())), key)
                    .filter(entry -> lastKey == null || KeyOrder.compare(entry.key(), lastKey) > 0)
                    .ifPresent(entries::add);
        }
        entries.sort(Comparator.comparing(FolderEntry::key, KeyOrder.COMPARATOR));
        for (FolderEntry entry : entries) {
            if (names.firstLeftOut() != null && KeyOrder.compare(entry.key(), names.firstLeftOut()) >= 0) {
                break;
            }
            round.add(entry);
        }
        lastRound = names.firstLeftOut() == null;
        if (round.isEmpty() && !lastRound) {
            roundSize = roundSize > Integer.MAX_VALUE / 2 ? Integer.MAX_VALUE : roundSize * 2;
        }
    }

    /** The smallest {@code roundSize} wanted names that may sort after the last entry handed out. */
    private Names nextNames() {
        PriorityQueue<String> kept = new PriorityQueue<>(Math.min(roundSize, 1024) + 1, LAST_KEY_FIRST);
        String firstLeftOut = null;
        try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
            for (Path child : children) {
                String key = folderKey + child.getFileName();
                if (!wanted.test(key) || (lastKey != null && !maySortAfter(key, lastKey))) {
                    continue;
                }
                String leftOut = key;
                if (kept.size() < roundSize || KeyOrder.compare(key, kept.peek()) < 0) {
                    kept.add(key);
                    leftOut = kept.size() > roundSize ? kept.poll() : null;
                }
                if (leftOut != null && (firstLeftOut == null || KeyOrder.compare(leftOut, firstLeftOut) < 0)) {
                    firstLeftOut = leftOut;
                }
            }
        } catch (NoSuchFileException e) {
            return new Names(List.of(), null);
        } catch (IOException e) {
            throw LocalObjectStorage.failure("list", folder, e);
        }
        return new Names(List.copyOf(kept), firstLeftOut);
    }

    /**
     * Whether {@code key} as a file, or {@code key + "/"} as a folder, sorts after the key of an entry handed out
     * ({@code key} itself is that entry).
     */
    private static boolean maySortAfter(String key, String handedOut) {
        if (KeyOrder.compare(key, handedOut) > 0) {
            return true;
        }
        return handedOut.startsWith(key) && handedOut.length() > key.length() && handedOut.charAt(key.length()) < '/';
    }

    /**
     * @param firstLeftOut the smallest wanted name not kept, or {@code null} if every one was: no entry left out
     *                     sorts before it, as a file or as a folder
     */
    private record Names(List<String> kept, String firstLeftOut) {
    }
}
