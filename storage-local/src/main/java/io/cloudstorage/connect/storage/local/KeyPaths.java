package io.cloudstorage.connect.storage.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Maps keys and prefixes to paths inside a bucket folder, refusing any that could name something outside it:
 * absolute paths, {@code .} and {@code ..} segments, empty segments, backslashes and NUL characters.
 */
final class KeyPaths {

    private KeyPaths() {
    }

    /** The folder of a bucket: a folder directly inside the root, so a bucket name is one plain folder name. */
    static Path bucketFolder(Path root, String bucket) {
        if (bucket.isEmpty() || bucket.contains("/") || bucket.contains("\\") || bucket.equals(".")
                || bucket.equals("..") || bucket.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("A bucket of the local storage must be the name of a folder "
                    + "inside local.root, not '" + bucket + "'");
        }
        return root.resolve(bucket);
    }

    /**
     * The first symbolic link on the way from {@code root} (not included) down to {@code path}, which lies inside
     * it: whatever is changed through a link may lie outside the root.
     */
    static Optional<Path> firstLink(Path root, Path path) {
        Path current = root;
        for (Path name : root.relativize(path)) {
            current = current.resolve(name);
            if (Files.isSymbolicLink(current)) {
                return Optional.of(current);
            }
        }
        return Optional.empty();
    }

    /** The file a key names. */
    static Path fileOf(Path bucketFolder, String key) {
        if (key.isEmpty() || key.endsWith("/")) {
            throw new IllegalArgumentException("Not an object key: '" + key + "'");
        }
        return resolve(bucketFolder, key);
    }

    /**
     * The deepest folder that holds every key starting with {@code prefix}: for {@code logs/app1/2024-} it is
     * {@code logs/app1}.
     */
    static Path folderOf(Path bucketFolder, String prefix) {
        String folder = folderKeyOf(prefix);
        return folder.isEmpty() ? bucketFolder : resolve(bucketFolder, folder.substring(0, folder.length() - 1));
    }

    /** The key prefix of {@link #folderOf}: {@code logs/app1/} for {@code logs/app1/2024-}, empty at the top. */
    static String folderKeyOf(String prefix) {
        check(prefix, true);
        return prefix.substring(0, prefix.lastIndexOf('/') + 1);
    }

    private static Path resolve(Path bucketFolder, String relative) {
        check(relative, false);
        Path path = bucketFolder.resolve(relative).normalize();
        if (!path.startsWith(bucketFolder)) {
            throw new IllegalArgumentException("'" + relative + "' lies outside the bucket folder");
        }
        return path;
    }

    /**
     * @param partial whether the last segment may be incomplete or empty (a prefix such as {@code logs/} or
     *                {@code logs/ap})
     */
    private static void check(String keyOrPrefix, boolean partial) {
        if (keyOrPrefix.startsWith("/") || keyOrPrefix.indexOf('\\') >= 0 || keyOrPrefix.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("'" + keyOrPrefix + "' cannot name a path inside the bucket folder: "
                    + "it must be relative and use '/' between folder names");
        }
        String[] segments = keyOrPrefix.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            boolean last = i == segments.length - 1;
            String segment = segments[i];
            boolean incomplete = partial && last;
            if ((segment.isEmpty() && !incomplete && !keyOrPrefix.isEmpty())
                    || ((segment.equals(".") || segment.equals("..")) && !incomplete)) {
                throw new IllegalArgumentException("'" + keyOrPrefix + "' cannot name a path inside the bucket "
                        + "folder: it holds an empty, '.' or '..' segment");
            }
        }
    }
}
