package io.cloudstorage.connect.benchmarks.endtoend.data;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * An object of a data set: lines {@code firstLine} to {@code firstLine + lines - 1} of the data set's
 * {@link JsonLines}, gzip-compressed or not.
 */
public record StoredObject(String key, long firstLine, int lines, boolean gzip) {

    /** The folder part of the key, with its '/': the connector reads each as one source partition. */
    public String prefix() {
        return key.substring(0, key.lastIndexOf('/') + 1);
    }

    /** The same object with its key under {@code root}, which ends with '/'. */
    public StoredObject under(String root) {
        return new StoredObject(root + key, firstLine, lines, gzip);
    }

    /** The size of the lines, as a reader sees them after decompression. */
    public long textBytes(JsonLines text) {
        return (long) lines * text.lineBytes();
    }

    /** Writes the object's content, compressed if it is gzip, and closes {@code out}. */
    public void writeTo(OutputStream out, JsonLines text) throws IOException {
        try (OutputStream content = gzip ? new GZIPOutputStream(out, 64 * 1024) : out) {
            for (long line = firstLine; line < firstLine + lines; line++) {
                content.write(text.value(line));
                content.write('\n');
            }
        }
    }
}
