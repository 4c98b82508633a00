package io.cloudstorage.connect.spi.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;

/** The content of one object, as a format reads it. */
public interface ObjectContent {

    /** The object's key, for choices made by name (such as a file extension). */
    String key();

    /** How the object is named in messages for operators, e.g. {@code s3://bucket/key}. */
    String location();

    /**
     * The content's size in bytes, as the format reads it; empty if it is not known before reading, as for an
     * object decompressed on the fly.
     */
    OptionalLong size();

    /**
     * Streams the content from byte {@code position}; at or past the end the stream is empty. Each call may cost a
     * request to the storage, and opening a decompressed content at a position decompresses everything before it.
     */
    InputStream open(long position) throws IOException;
}
