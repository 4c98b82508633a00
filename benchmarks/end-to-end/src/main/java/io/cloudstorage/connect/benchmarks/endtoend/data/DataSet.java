package io.cloudstorage.connect.benchmarks.endtoend.data;

import java.util.List;
import java.util.Optional;

/**
 * Objects generated from a seed, and what ingesting them means.
 *
 * @param toRead      the objects whose lines every contender must write to the topic
 * @param alreadyRead objects that sort before those and count as read: a connector that resumes after the last
 *                    of them must not read them again (empty unless the data set measures the resume cost)
 */
public record DataSet(String name, String description, JsonLines text, List<StoredObject> toRead,
                      List<StoredObject> alreadyRead) {

    public DataSet {
        toRead = List.copyOf(toRead);
        alreadyRead = List.copyOf(alreadyRead);
        if (toRead.isEmpty()) {
            throw new IllegalArgumentException("Data set " + name + " has nothing to read");
        }
        // The line with the largest index has the longest numbers: if it fits, every line does.
        StoredObject last = toRead.get(toRead.size() - 1);
        text.value(last.firstLine() + last.lines() - 1);
        String firstToRead = toRead.stream().map(StoredObject::key).min(String::compareTo).orElseThrow();
        if (alreadyRead.stream().anyMatch(object -> object.key().compareTo(firstToRead) >= 0)) {
            throw new IllegalArgumentException("In data set " + name + ", the objects already read must sort "
                    + "before those to read");
        }
    }

    /** The prefixes of the objects to read, in the order of their first object: one source partition each. */
    public List<String> prefixes() {
        return toRead.stream().map(StoredObject::prefix).distinct().toList();
    }

    public List<StoredObject> toRead(String prefix) {
        return toRead.stream().filter(object -> object.prefix().equals(prefix)).toList();
    }

    /** How many records ingesting the data set writes. */
    public long records() {
        return toRead.stream().mapToLong(StoredObject::lines).sum();
    }

    /** The size of those records' values: the lines without their line endings. */
    public long valueBytes() {
        return records() * (text.lineBytes() - 1);
    }

    public boolean compressed() {
        return toRead.stream().anyMatch(StoredObject::gzip);
    }

    /** The key after which reading starts, if the data set holds objects already read. */
    public Optional<String> lastReadKey() {
        return alreadyRead.stream().map(StoredObject::key).max(String::compareTo);
    }
}
