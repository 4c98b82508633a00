package io.cloudstorage.connect.spi.format;

import java.io.IOException;
import java.io.InputStream;

/** The content of one object, as a format reads it. */
public interface ObjectContent {

    /** The object's key, for choices made by name (such as a file extension). */
    String key();

    /** How the object is named in messages for operators, e.g. {@code s3://bucket/key}. */
    String location();

    /** The object's size in bytes. */
    long size();

    /** Streams the content from byte {@code position}; at or past the end the stream is empty. */
    InputStream open(long position) throws IOException;
}
