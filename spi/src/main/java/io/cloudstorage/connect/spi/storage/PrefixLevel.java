package io.cloudstorage.connect.spi.storage;

import java.util.List;

/**
 * What lies one delimiter level below a prefix: the child prefixes (each ending with the delimiter), in key
 * order, and how many objects sit directly at this level.
 */
public record PrefixLevel(List<String> childPrefixes, long directObjects) {

    public PrefixLevel {
        childPrefixes = List.copyOf(childPrefixes);
        if (directObjects < 0) {
            throw new IllegalArgumentException("Negative object count " + directObjects);
        }
    }
}
