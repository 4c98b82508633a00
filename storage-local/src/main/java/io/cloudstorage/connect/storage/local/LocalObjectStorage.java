package io.cloudstorage.connect.storage.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cloudstorage.connect.spi.storage.KeyOrder;
import io.cloudstorage.connect.spi.storage.ObjectMissingException;
import io.cloudstorage.connect.spi.storage.ObjectModifiedException;
import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.PrefixLevel;
import io.cloudstorage.connect.spi.storage.RetriableStorageException;
import io.cloudstorage.connect.spi.storage.StorageException;
import io.cloudstorage.connect.spi.storage.StorageObject;

/**
 * A bucket that is a folder. Listing walks the folder tree depth first, visiting each folder's entries in the
 * order of their keys (a folder's key ends with '/'), which yields keys in {@link KeyOrder}; subtrees that hold
 * no key after the start key or under the prefix are not entered.
 */
final class LocalObjectStorage implements ObjectStorage {

    private static final Logger log = LoggerFactory.getLogger(LocalObjectStorage.class);

    /** A page's first round keeps at least this many names: a few empty folders cost no extra pass. */
    private static final int MIN_ROUND = 64;

    private final Path root;
    private final Path bucketFolder;
    private final String bucket;
    private final Set<Path> reportedLinks = ConcurrentHashMap.newKeySet();
    private final FolderScans scans;

    LocalObjectStorage(Path root, String bucket) {
        this(root, bucket, FolderScans.standard());
    }

    LocalObjectStorage(Path root, String bucket, FolderScans scans) {
        this.scans = scans;
        this.root = root.toAbsolutePath().normalize();
        this.bucketFolder = KeyPaths.bucketFolder(this.root, bucket);
        this.bucket = bucket;
    }

    @Override
    public String bucket() {
        return bucket;
    }

    @Override
    public String describe(String key) {
        return bucketFolder.resolve(key).toString();
    }

    @Override
    public List<StorageObject> list(String prefix, String startAfter, int maxResults) {
        List<StorageObject> objects = new ArrayList<>(Math.min(maxResults, 1024));
        Path folder = KeyPaths.folderOf(bucketFolder, prefix);
        walk(folder, KeyPaths.folderKeyOf(prefix), prefix, startAfter, maxResults, objects);
        return objects;
    }

    private void walk(Path folder, String folderKey, String prefix, String startAfter, int maxResults,
                      List<StorageObject> objects) {
        Iterator<FolderEntry> entries = entries(folder, folderKey, prefix, startAfter,
                Math.max(maxResults - objects.size(), MIN_ROUND));
        while (objects.size() < maxResults && entries.hasNext()) {
            FolderEntry entry = entries.next();
            String key = entry.key();
            if (entry.folder()) {
                boolean underPrefix = key.startsWith(prefix) || prefix.startsWith(key);
                boolean wholeSubtreeBeforeStart = startAfter != null && KeyOrder.compare(key, startAfter) < 0
                        && !startAfter.startsWith(key);
                if (underPrefix && !wholeSubtreeBeforeStart) {
                    walk(entry.path(), key, prefix, startAfter, maxResults, objects);
                }
            } else if (key.startsWith(prefix) && (startAfter == null || KeyOrder.compare(key, startAfter) > 0)) {
                objects.add(toObject(key, entry.attributes()));
            }
        }
    }

    /**
     * Whether an entry named {@code key} (a file) or {@code key + "/"} (a folder) may hold keys to list, decided from
     * its name alone: a listing that resumes after many finished files passes over them without a file-system call
     * for each.
     */
    static boolean mayHoldKeysToList(String key, String prefix, String startAfter) {
        if (key.startsWith(prefix) && (startAfter == null || KeyOrder.compare(key, startAfter) > 0)) {
            return true;
        }
        String folderKey = key + "/";
        return (folderKey.startsWith(prefix) || prefix.startsWith(folderKey))
                && (startAfter == null || KeyOrder.compare(folderKey, startAfter) >= 0
                || startAfter.startsWith(folderKey));
    }

    @Override
    public PrefixLevel listLevel(String prefix, String delimiter) {
        return "/".equals(delimiter) ? listFolderLevel(prefix) : listLevelByKeys(prefix, delimiter);
    }

    private PrefixLevel listFolderLevel(String prefix) {
        List<String> children = new ArrayList<>();
        long directObjects = 0;
        Iterator<FolderEntry> entries = entries(KeyPaths.folderOf(bucketFolder, prefix), KeyPaths.folderKeyOf(prefix),
                prefix, null, Integer.MAX_VALUE);
        while (entries.hasNext()) {
            FolderEntry entry = entries.next();
            if (!entry.key().startsWith(prefix)) {
                continue;
            }
            if (!entry.folder()) {
                directObjects++;
            } else if (holdsAnyFile(entry.path())) {
                children.add(entry.key());
            }
        }
        return new PrefixLevel(children, directObjects);
    }

    /** For delimiters other than '/', which do not follow the folders, every key under the prefix is looked at. */
    private PrefixLevel listLevelByKeys(String prefix, String delimiter) {
        List<String> children = new ArrayList<>();
        long directObjects = 0;
        String startAfter = null;
        List<StorageObject> page;
        do {
            page = list(prefix, startAfter, 1000);
            for (StorageObject object : page) {
                String rest = object.key().substring(prefix.length());
                int end = rest.indexOf(delimiter);
                if (end < 0) {
                    directObjects++;
                    startAfter = object.key();
                } else {
                    String child = prefix + rest.substring(0, end + delimiter.length());
                    children.add(child);
                    // Every key starting with the child sorts before child + U+10FFFF: skip them in one step.
                    startAfter = child + Character.toString(Character.MAX_CODE_POINT);
                    break;
                }
            }
        } while (!page.isEmpty());
        return new PrefixLevel(children, directObjects);
    }

    private boolean holdsAnyFile(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.anyMatch(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            throw failure("list", folder, e);
        } catch (UncheckedIOException e) {
            throw failure("list", folder, e.getCause());
        }
    }

    @Override
    public Optional<StorageObject> stat(String key) {
        Path file = KeyPaths.fileOf(bucketFolder, key);
        return attributesOf(file).filter(BasicFileAttributes::isRegularFile).map(a -> toObject(key, a));
    }

    @Override
    public InputStream open(StorageObject object, long position) {
        Path file = KeyPaths.fileOf(bucketFolder, object.key());
        StorageObject current = stat(object.key()).orElseThrow(() -> new ObjectMissingException(
                describe(object.key()) + " was deleted after it was listed", null));
        if (!current.etag().equals(object.etag())) {
            throw new ObjectModifiedException(describe(object.key()) + " changed after it was listed (version "
                    + object.etag() + ", now " + current.etag() + ")", null);
        }
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
            channel.position(position);
            return Channels.newInputStream(channel);
        } catch (NoSuchFileException e) {
            throw new ObjectMissingException(describe(object.key()) + " was deleted after it was listed", e);
        } catch (IOException e) {
            throw failure("read", file, e);
        }
    }

    /** The version is checked just before the file is deleted: a write in between is deleted with it. */
    @Override
    public boolean delete(StorageObject object) {
        Path file = fileWithoutLinks(bucketFolder, object.key());
        Optional<StorageObject> current = stat(object.key());
        if (current.isEmpty()) {
            return true;
        }
        if (!current.get().etag().equals(object.etag())) {
            return false;
        }
        try {
            Files.deleteIfExists(file);
            return true;
        } catch (IOException e) {
            throw failure("delete", file, e);
        }
    }

    /**
     * Renames the file into the target bucket folder, a folder beside this one under the same root, creating the
     * folders it needs. The version is checked just before: a write in between is moved with it.
     */
    @Override
    public boolean move(StorageObject object, String targetBucket, String targetKey) {
        Path source = fileWithoutLinks(bucketFolder, object.key());
        Path targetFolder = KeyPaths.bucketFolder(root, targetBucket);
        Path target = fileWithoutLinks(targetFolder, targetKey);
        if (source.equals(target)) {
            throw new IllegalArgumentException("Cannot move " + source + " onto itself");
        }
        if (!Files.isDirectory(targetFolder, LinkOption.NOFOLLOW_LINKS)) {
            throw new StorageException("Cannot move " + source + " to " + target + ": the bucket folder "
                    + targetFolder + " does not exist", null);
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new StorageException("Cannot move " + source + " to " + target + ": a folder is there", null);
        }
        Optional<StorageObject> current = stat(object.key());
        if (current.isEmpty()) {
            // Moved before (a repeated action), unless someone else removed it.
            return Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS);
        }
        if (!current.get().etag().equals(object.etag())) {
            return false;
        }
        try {
            Files.createDirectories(target.getParent());
            moveFile(source, target);
            return true;
        } catch (IOException e) {
            throw failure("move " + source + " to", target, e);
        }
    }

    /** A rename where it can be one; across file systems (a mount under the root), a copy, then a delete. */
    private static void moveFile(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The file a key names, refused if reached through a symbolic link: an action changes nothing outside the root. */
    private Path fileWithoutLinks(Path folder, String key) {
        Path file = KeyPaths.fileOf(folder, key);
        Optional<Path> link = KeyPaths.firstLink(root, file);
        if (link.isPresent()) {
            throw new StorageException("Will not change " + file + ": it is reached through the symbolic link "
                    + link.get() + ", and links are not followed, so that nothing outside " + root
                    + " is changed", null);
        }
        return file;
    }

    /** The bucket folder is checked whatever the prefix: a prefix that is not there yet is empty, not wrong. */
    @Override
    public void checkBucket(String prefix) {
        if (!Files.isDirectory(root)) {
            throw new StorageException("The folder " + root + " does not exist or is not a folder: set local.root "
                    + "to the folder that holds the bucket folder", LocalStorageProvider.ROOT, null);
        }
        if (!Files.isDirectory(bucketFolder, LinkOption.NOFOLLOW_LINKS)) {
            throw new StorageException("The bucket folder " + bucketFolder + " does not exist: bucket '" + bucket
                    + "' must name a folder inside " + root, "bucket", null);
        }
        if (!Files.isReadable(bucketFolder)) {
            throw new StorageException("The bucket folder " + bucketFolder + " cannot be read by the worker's user",
                    "bucket", null);
        }
    }

    @Override
    public void close() {
        // Nothing is held open between calls.
    }

    /**
     * A folder's files and subfolders (keys of subfolders end with '/'), in key order, read in rounds of at least
     * {@code roundSize} names; links are left out, and so are entries that cannot hold keys under {@code prefix} after
     * {@code startAfter}, before any file-system call for them.
     */
    private Iterator<FolderEntry> entries(Path folder, String folderKey, String prefix, String startAfter,
                                          int roundSize) {
        FolderScan.Acceptance accepted = (key, floor) -> mayHoldKeysToList(key, prefix, floor);
        return new FolderEntries((floor, size) -> scans.round(folder, folderKey, prefix, accepted, floor, size),
                startAfter, roundSize, key -> entry(folder.resolve(key.substring(folderKey.length())), key));
    }

    private Optional<FolderEntry> entry(Path path, String key) {
        Optional<BasicFileAttributes> attributes = attributesOf(path);
        if (attributes.isEmpty()) {
            return Optional.empty();
        }
        if (attributes.get().isSymbolicLink()) {
            reportLink(path);
            return Optional.empty();
        }
        if (attributes.get().isDirectory()) {
            return Optional.of(new FolderEntry(key + "/", path, attributes.get()));
        }
        return attributes.get().isRegularFile() ? Optional.of(new FolderEntry(key, path, attributes.get()))
                : Optional.empty();
    }

    private void reportLink(Path link) {
        if (reportedLinks.add(link)) {
            log.warn("Ignoring symbolic link {}: links are not followed, so that nothing outside bucket folder {} "
                    + "is read", link, bucketFolder);
        }
    }

    private Optional<BasicFileAttributes> attributesOf(Path path) {
        try {
            return Optional.of(Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw failure("read the attributes of", path, e);
        }
    }

    /** The version tag changes whenever a file is rewritten: its modification time in nanoseconds and its size. */
    private static StorageObject toObject(String key, BasicFileAttributes attributes) {
        Instant modified = attributes.lastModifiedTime().toInstant();
        String etag = Long.toHexString(modified.getEpochSecond()) + "." + Integer.toHexString(modified.getNano())
                + "-" + Long.toHexString(attributes.size());
        return new StorageObject(key, attributes.size(), etag, modified.truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * Denied access stays denied until someone changes permissions, and a file where a folder must be stays until
     * someone moves it; other I/O failures may pass.
     */
    static StorageException failure(String action, Path path, IOException e) {
        if (e instanceof AccessDeniedException) {
            return new StorageException("The worker's user may not " + action + " " + path, "bucket", e);
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return new StorageException("Could not " + action + " " + path + ": " + e, e);
        }
        return new RetriableStorageException("Could not " + action + " " + path + ": " + e, e);
    }
}
