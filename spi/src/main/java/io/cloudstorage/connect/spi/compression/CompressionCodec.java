package io.cloudstorage.connect.spi.compression;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A compression format (gzip, zstd, ...) whose objects the connector decompresses on the fly, before a record
 * format reads them. Found through {@link java.util.ServiceLoader}; chosen by name, by the object key's ending, or
 * by the object's first bytes.
 */
public interface CompressionCodec {

    /** The value users put in the {@code compression} key, e.g. {@code gzip}. */
    String name();

    /** One sentence for the configuration reference. */
    String description();

    /** Key endings, lowercase and with their dot, that mark an object of this format, e.g. {@code .gz}. */
    List<String> extensions();

    /**
     * How many leading bytes {@link #matchesMagic(byte[])} looks at; 0 if objects of this format cannot be told
     * by their first bytes (they are then recognised by their key's ending only).
     */
    int magicLength();

    /** Whether an object whose first {@link #magicLength()} bytes are {@code head} is in this format. */
    boolean matchesMagic(byte[] head);

    /**
     * Decompresses {@code compressed} as it is read. The stream throws an {@link IOException} for data that is
     * corrupt or ends before the compressed stream does (it never reports a truncated stream as a clean end), and
     * closing it closes {@code compressed}.
     */
    InputStream decompress(InputStream compressed) throws IOException;
}
