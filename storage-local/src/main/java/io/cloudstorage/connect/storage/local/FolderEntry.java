package io.cloudstorage.connect.storage.local;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** A file or subfolder of a bucket folder; a subfolder's key ends with '/'. */
record FolderEntry(String key, Path path, BasicFileAttributes attributes) {

    boolean folder() {
        return attributes.isDirectory();
    }
}
