package io.cloudstorage.connect.storage.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Passes over folders' names, kept between listings while their folders do not change, so that paging through a
 * huge folder reads its names once per budget of names (up to 32,768) rather than once per page.
 *
 * <p>A folder's modification time changes whenever an entry is added, removed or renamed in it. A kept pass is used
 * again only while that time is the one read before the pass, and only if that time was already
 * {@link #SETTLED_MILLIS} old then by the worker's clock: a change in the same tick of a coarse file-system clock as
 * the one before would not show. (A file system whose clock runs more than that behind the worker's leaves that
 * window open.) A folder that keeps changing is read afresh for every page, as without kept passes, keeping no more
 * names than a page needs.
 */
final class FolderScans {

    /** The most names a pass over a settled folder keeps, about 80 bytes each, unless a round needs more. */
    private static final int BUDGET = 32_768;

    /** The coarsest modification-time resolution of common file systems (FAT's two seconds). */
    private static final long SETTLED_MILLIS = 2_000;

    private final Clock clock;
    private final int budget;
    private final int maxKeptNames;
    private final Map<Key, FolderScan> kept = new LinkedHashMap<>(16, 0.75f, true);
    private int keptNames;

    /**
     * @param budget       the most names a pass over a settled folder keeps, unless a round needs more: the first pass
     *                     of a folder keeps twice what its round needs (a page, and the start key's own name, which
     *                     could be a folder), so that its first page comes about as soon as without kept passes, and
     *                     each next pass twice as many as the one before
     * @param maxKeptNames how many names all kept passes hold together
     */
    FolderScans(Clock clock, int budget, int maxKeptNames) {
        this.clock = clock;
        this.budget = budget;
        this.maxKeptNames = maxKeptNames;
    }

    /** A pass keeps up to 32,768 names of a settled folder, and the passes kept up to four times as many. */
    static FolderScans standard() {
        return new FolderScans(Clock.systemUTC(), BUDGET, 4 * BUDGET);
    }

    /**
     * The names of {@code folder} for a round of listing after {@code floor}: from a kept pass if it still holds,
     * else from a new one.
     *
     * @param prefix    what the acceptance lists under: passes are kept per folder and prefix
     * @param roundSize how many names the round needs at least
     */
    Round round(Path folder, String folderKey, String prefix, FolderScan.Acceptance accepted, String floor,
                int roundSize) {
        FileTime modified = modifiedTime(folder);
        if (modified == null) {
            return new Round(List.of(), null, roundSize);
        }
        if (modified.toMillis() > clock.millis() - SETTLED_MILLIS) {
            FolderScan scan = FolderScan.of(folder, folderKey, accepted, floor, roundSize, modified);
            return new Round(scan.names(), scan.firstLeftOut(), roundSize);
        }
        Key key = new Key(folder, prefix);
        FolderScan previous = keptScan(key);
        if (previous != null && previous.modified().equals(modified) && previous.budget() >= roundSize
                && previous.covers(floor)) {
            return new Round(previous.namesAfter(floor, folderKey, accepted), previous.firstLeftOut(),
                    previous.budget());
        }
        long grown = 2L * (previous == null ? roundSize : previous.budget());
        int size = (int) Math.max(roundSize, Math.min(budget, grown));
        FolderScan scan = FolderScan.of(folder, folderKey, accepted, floor, size, modified);
        keep(key, scan);
        return new Round(scan.names(), scan.firstLeftOut(), size);
    }

    private synchronized FolderScan keptScan(Key key) {
        return kept.get(key);
    }

    private synchronized void keep(Key key, FolderScan scan) {
        FolderScan replaced = kept.remove(key);
        if (replaced != null) {
            keptNames -= replaced.names().size();
        }
        if (scan.names().size() > maxKeptNames) {
            return;
        }
        kept.put(key, scan);
        keptNames += scan.names().size();
        Iterator<FolderScan> leastRecentFirst = kept.values().iterator();
        while (keptNames > maxKeptNames) {
            keptNames -= leastRecentFirst.next().names().size();
            leastRecentFirst.remove();
        }
    }

    private static FileTime modifiedTime(Path folder) {
        try {
            return Files.getLastModifiedTime(folder, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw LocalObjectStorage.failure("read the attributes of", folder, e);
        }
    }

    /**
     * @param names        accepted names in key order, each less than {@code firstLeftOut}
     * @param firstLeftOut as in {@link FolderScan}; {@code null} if the round saw the rest of the folder
     * @param budget       how many names the pass behind it could keep: a round that hands out nothing needs more
     */
    record Round(List<String> names, String firstLeftOut, int budget) {
    }

    private record Key(Path folder, String prefix) {
    }
}
