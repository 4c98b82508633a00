package io.cloudstorage.connect.storage.local;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import io.cloudstorage.connect.spi.storage.KeyOrder;

/**
 * What one pass over a folder's names kept: the smallest {@code budget} names (as the folder's key followed by the
 * name) that passed the acceptance for {@code floor}, in key order, and the smallest accepted name left out.
 *
 * @param names        sorted in {@link KeyOrder}
 * @param firstLeftOut the smallest accepted name not kept, or {@code null} if every one was: no entry left out sorts
 *                     before it, as a file or as a folder
 * @param modified     the folder's modification time read before the pass
 */
record FolderScan(List<String> names, String firstLeftOut, String floor, int budget, FileTime modified) {

    private static final Comparator<String> LAST_KEY_FIRST = KeyOrder.COMPARATOR.reversed();

    static FolderScan of(Path folder, String folderKey, Acceptance accepted, String floor, int budget,
                         FileTime modified) {
        PriorityQueue<String> kept = new PriorityQueue<>(Math.min(budget, 1024) + 1, LAST_KEY_FIRST);
        String firstLeftOut = null;
        try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
            for (Path child : children) {
                String key = folderKey + child.getFileName();
                if (!accepted.mayHoldKeysAfter(key, floor)) {
                    continue;
                }
                String leftOut = key;
                if (kept.size() < budget || KeyOrder.compare(key, kept.peek()) < 0) {
                    kept.add(key);
                    leftOut = kept.size() > budget ? kept.poll() : null;
                }
                if (leftOut != null && (firstLeftOut == null || KeyOrder.compare(leftOut, firstLeftOut) < 0)) {
                    firstLeftOut = leftOut;
                }
            }
        } catch (NoSuchFileException e) {
            return new FolderScan(List.of(), null, floor, budget, modified);
        } catch (IOException e) {
            throw LocalObjectStorage.failure("list", folder, e);
        }
        List<String> names = new ArrayList<>(kept);
        names.sort(KeyOrder.COMPARATOR);
        return new FolderScan(Collections.unmodifiableList(names), firstLeftOut, floor, budget, modified);
    }

    /**
     * Whether this pass kept every name accepted for {@code laterFloor} that sorts before {@link #firstLeftOut}, and
     * still holds one after it (or saw the whole folder). Acceptance only narrows as the floor rises.
     */
    boolean covers(String laterFloor) {
        if (floor != null && (laterFloor == null || KeyOrder.compare(laterFloor, floor) < 0)) {
            return false;
        }
        return firstLeftOut == null || laterFloor == null
                || (!names.isEmpty() && KeyOrder.compare(names.get(names.size() - 1), laterFloor) > 0);
    }

    /**
     * The kept names accepted for {@code laterFloor}, a floor this pass {@link #covers}: those after it, and the
     * few before it that are accepted as folders, whose keys extend their names with '/' (then it is one of the
     * floor's own prefixes).
     */
    List<String> namesAfter(String laterFloor, String folderKey, Acceptance accepted) {
        if (laterFloor == null) {
            return names;
        }
        int after = firstIndexAfter(laterFloor);
        List<String> round = new ArrayList<>();
        if (laterFloor.startsWith(folderKey)) {
            int nameEnd = laterFloor.indexOf('/', folderKey.length());
            int end = nameEnd < 0 ? laterFloor.length() : nameEnd;
            List<String> before = names.subList(0, after);
            for (int length = folderKey.length() + 1; length <= end; length++) {
                String candidate = laterFloor.substring(0, length);
                if (Collections.binarySearch(before, candidate, KeyOrder.COMPARATOR) >= 0
                        && accepted.mayHoldKeysAfter(candidate, laterFloor)) {
                    round.add(candidate);
                }
            }
        }
        if (round.isEmpty()) {
            return names.subList(after, names.size());
        }
        round.addAll(names.subList(after, names.size()));
        return round;
    }

    private int firstIndexAfter(String key) {
        int low = 0;
        int high = names.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (KeyOrder.compare(names.get(middle), key) > 0) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** Whether a name may stand for an entry holding keys to list after a floor, decided from the name alone. */
    @FunctionalInterface
    interface Acceptance {

        /**
         * @param key   the folder's key followed by the name
         * @param floor the key after which keys are listed, or {@code null} for all
         * @return whether {@code key} as a file, or {@code key + "/"} as a folder, may hold such keys; for a higher
         *         floor the answer may only turn from true to false
         */
        boolean mayHoldKeysAfter(String key, String floor);
    }
}
