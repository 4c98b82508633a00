package io.cloudstorage.connect.storage.local;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.PriorityQueue;

import io.cloudstorage.connect.spi.storage.KeyOrder;

/**
 * A folder's files and subfolders in key order, read in rounds: a round takes the next names of the folder, sorted,
 * and looks each up only when it is its turn. A page of a huge folder thus costs at most one pass over its names and
 * a file-system call per entry it returns; sorting the whole folder would hold every name.
 *
 * <p>A name gives its entry's place in the order but for one thing: a subfolder's key is its name followed by '/',
 * so it sorts after the names that extend its name with a character below '/' ("a-1" sorts between "a" and "a/").
 * A subfolder found waits until no name left can sort before it, and an entry is handed out only when no name left
 * out of its round can sort before it; the others wait for the next round.
 */
final class FolderEntries implements Iterator<FolderEntry> {

    /** Looks up the entry a name in the folder stands for. */
    interface Lookup {

        /**
         * @param key the folder's key followed by the entry's name
         * @return the entry (with '/' after the key of a folder), or empty if it is gone or is to be left out
         */
        Optional<FolderEntry> entry(String key);
    }

    /** The names of the folder for a round after a floor. */
    interface Names {

        FolderScans.Round round(String floor, int roundSize);
    }

    private final Names names;
    private final String startAfter;
    private final Lookup lookup;
    private final PriorityQueue<FolderEntry> folders =
            new PriorityQueue<>(Comparator.comparing(FolderEntry::key, KeyOrder.COMPARATOR));
    private int roundSize;
    private FolderScans.Round round;
    private int nextName;
    private boolean handedOutThisRound;
    private FolderEntry next;
    private String lastKey;

    /**
     * @param startAfter the key after which entries may hold keys to list, or {@code null}
     * @param roundSize  how many names a round needs at least; it grows when a round can hand out nothing
     */
    FolderEntries(Names names, String startAfter, int roundSize, Lookup lookup) {
        this.names = names;
        this.startAfter = startAfter;
        this.roundSize = roundSize;
        this.lookup = lookup;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (round == null) {
                startRound();
            }
            next = nextOfRound();
            if (next == null) {
                if (round.firstLeftOut() == null) {
                    return false;
                }
                if (!handedOutThisRound) {
                    roundSize = round.budget() > Integer.MAX_VALUE / 2 ? Integer.MAX_VALUE : round.budget() * 2;
                }
                round = null;
            }
        }
        return true;
    }

    @Override
    public FolderEntry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        FolderEntry entry = next;
        next = null;
        lastKey = entry.key();
        return entry;
    }

    private void startRound() {
        String floor = lastKey == null || (startAfter != null && KeyOrder.compare(startAfter, lastKey) > 0)
                ? startAfter : lastKey;
        round = names.round(floor, roundSize);
        nextName = 0;
        handedOutThisRound = false;
        folders.clear();
    }

    /** The next entry of the round, or {@code null} once no entry left can be handed out before the next round. */
    private FolderEntry nextOfRound() {
        List<String> roundNames = round.names();
        while (true) {
            String name = nextName < roundNames.size() ? roundNames.get(nextName) : null;
            FolderEntry folder = folders.peek();
            if (folder != null && (name == null || KeyOrder.compare(folder.key(), name) < 0)) {
                return beforeLeftOut(folder.key()) ? handOut(folders.poll()) : null;
            }
            if (name == null) {
                return null;
            }
            nextName++;
            if (lastKey != null && !maySortAfter(name, lastKey)) {
                continue;
            }
            Optional<FolderEntry> entry = lookup.entry(name)
                    .filter(found -> lastKey == null || KeyOrder.compare(found.key(), lastKey) > 0);
            if (entry.isPresent()) {
                if (entry.get().folder()) {
                    folders.add(entry.get());
                } else {
                    return handOut(entry.get());
                }
            }
        }
    }

    /**
     * Whether {@code name} as a file, or {@code name + "/"} as a folder, sorts after the key of an entry handed out
     * ({@code name} itself is that entry): a round after the first sees the last entry's name again.
     */
    private static boolean maySortAfter(String name, String handedOut) {
        if (KeyOrder.compare(name, handedOut) > 0) {
            return true;
        }
        return handedOut.startsWith(name) && handedOut.length() > name.length()
                && handedOut.charAt(name.length()) < '/';
    }

    private boolean beforeLeftOut(String key) {
        return round.firstLeftOut() == null || KeyOrder.compare(key, round.firstLeftOut()) < 0;
    }

    private FolderEntry handOut(FolderEntry entry) {
        handedOutThisRound = true;
        return entry;
    }
}
