package io.cloudstorage.connect.source.offset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.cloudstorage.connect.spi.storage.StorageObject;

/**
 * How far a source partition read in arrival order has come: every object last modified before the watermark is
 * done, and so are the listed versions of objects modified at or after it. The versions are kept as short digests
 * of key, ETag and last-modified time, and in the form stored in offsets (one string: Connect's offsets hold only
 * primitive values), so that the offsets of all the records read between two changes share it.
 */
public final class ArrivalProgress {

    /** Where a partition starts: nothing is done. */
    public static final ArrivalProgress NONE = new ArrivalProgress(Instant.EPOCH, List.of());

    private static final char SEPARATOR = '/';
    private static final String ENTRY_SEPARATOR = ",";
    private static final int DIGEST_BYTES = 10;
    private static final String ENTRY = "[0-9a-f]{" + 2 * DIGEST_BYTES + "}/-?[0-9]+";

    private final Instant watermark;
    private final List<String> entries;
    private final String encoded;
    private final Map<String, Instant> doneVersions;

    private ArrivalProgress(Instant watermark, List<String> entries) {
        this.watermark = watermark;
        this.entries = List.copyOf(entries);
        this.encoded = String.join(ENTRY_SEPARATOR, this.entries);
        this.doneVersions = new HashMap<>();
        for (String entry : this.entries) {
            int separator = entry.indexOf(SEPARATOR);
            doneVersions.put(entry.substring(0, separator),
                    Instant.ofEpochMilli(Long.parseLong(entry.substring(separator + 1))));
        }
    }

    /**
     * @param encoded the done versions as {@link #encoded()} gave them
     * @throws InvalidOffsetException if they are not of that form
     */
    static ArrivalProgress of(long watermarkMillis, String encoded) {
        List<String> entries = encoded.isEmpty() ? List.of() : List.of(encoded.split(ENTRY_SEPARATOR, -1));
        for (String entry : entries) {
            if (!entry.matches(ENTRY)) {
                throw new InvalidOffsetException("The done objects of an offset are comma-separated "
                        + "'<digest>/<last-modified millis>' entries; '" + entry + "' is not one");
            }
        }
        return new ArrivalProgress(Instant.ofEpochMilli(watermarkMillis), entries);
    }

    public Instant watermark() {
        return watermark;
    }

    /** The done versions, in their stored form. */
    public String encoded() {
        return encoded;
    }

    public int doneCount() {
        return entries.size();
    }

    public boolean isDone(StorageObject object) {
        return modified(object).isBefore(watermark) || doneVersions.containsKey(versionId(object));
    }

    public ArrivalProgress withDone(StorageObject object) {
        if (isDone(object)) {
            return this;
        }
        List<String> more = new ArrayList<>(entries);
        more.add(versionId(object) + SEPARATOR + modified(object).toEpochMilli());
        return new ArrivalProgress(watermark, more);
    }

    /**
     * Moves the watermark forward (never back) to {@code instant}'s second, forgetting the versions it now covers.
     */
    public ArrivalProgress advancedTo(Instant instant) {
        Instant newWatermark = instant.truncatedTo(ChronoUnit.SECONDS);
        if (!newWatermark.isAfter(watermark)) {
            return this;
        }
        List<String> kept = new ArrayList<>();
        for (String entry : entries) {
            String id = entry.substring(0, entry.indexOf(SEPARATOR));
            if (!doneVersions.get(id).isBefore(newWatermark)) {
                kept.add(entry);
            }
        }
        return new ArrivalProgress(newWatermark, kept);
    }

    /** A digest of what makes a version: a key written again, even with the same content, is a new one. */
    static String versionId(StorageObject object) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String version = object.key() + '\n' + object.etag() + '\n' + modified(object).toEpochMilli();
            byte[] hash = digest.digest(version.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, DIGEST_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * The last-modified time to the second: listings may give milliseconds where a HEAD request (an HTTP date) gives
     * seconds, and the same version must be recognised either way.
     */
    private static Instant modified(StorageObject object) {
        return object.lastModified().truncatedTo(ChronoUnit.SECONDS);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ArrivalProgress that && watermark.equals(that.watermark)
                && doneVersions.keySet().equals(that.doneVersions.keySet());
    }

    @Override
    public int hashCode() {
        return watermark.hashCode() * 31 + doneVersions.keySet().hashCode();
    }

    @Override
    public String toString() {
        return "watermark " + watermark + ", " + entries.size() + " versions done after it";
    }
}
