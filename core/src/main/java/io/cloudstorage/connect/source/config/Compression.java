package io.cloudstorage.connect.source.config;

import java.util.Optional;

import io.cloudstorage.connect.spi.compression.CompressionCodec;

/**
 * How objects are decompressed: detected per object (by the key's ending, else by the first bytes), never, or
 * always with one codec.
 */
public sealed interface Compression {

    String AUTO = "auto";
    String NONE = "none";

    /** Detected per object. */
    record Detected(CodecRegistry codecs) implements Compression {
    }

    /** Objects are read as they are stored. */
    record Uncompressed() implements Compression {
    }

    /** Every object is decompressed with this codec. */
    record Fixed(CompressionCodec codec) implements Compression {
    }

    static Compression of(String value, CodecRegistry codecs) {
        if (AUTO.equals(value)) {
            return new Detected(codecs);
        }
        if (NONE.equals(value)) {
            return new Uncompressed();
        }
        return new Fixed(Optional.ofNullable(codecs.byName().get(value)).orElseThrow(
                () -> new IllegalArgumentException("No compression codec named " + value)));
    }
}
