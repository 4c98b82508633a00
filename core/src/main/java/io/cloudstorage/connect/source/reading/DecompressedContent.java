package io.cloudstorage.connect.source.reading;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;

import io.cloudstorage.connect.spi.compression.CompressionCodec;
import io.cloudstorage.connect.spi.format.ObjectContent;

/**
 * An object decompressed as it is read. Positions are in decompressed bytes: compressed streams cannot be entered in
 * the middle, so opening at a position decompresses (and drops) everything before it, without a record being
 * produced again.
 */
final class DecompressedContent implements ObjectContent {

    private final ObjectContent stored;
    private final CompressionCodec codec;

    DecompressedContent(ObjectContent stored, CompressionCodec codec) {
        this.stored = stored;
        this.codec = codec;
    }

    @Override
    public String key() {
        return stored.key();
    }

    @Override
    public String location() {
        return stored.location() + " (" + codec.name() + ")";
    }

    @Override
    public OptionalLong size() {
        return OptionalLong.empty();
    }

    @Override
    public InputStream open(long position) throws IOException {
        return decompress(stored.open(0), position);
    }

    /** Decompresses {@code storedFromStart}, the stored bytes from the object's first one on. */
    InputStream decompress(InputStream storedFromStart, long position) throws IOException {
        InputStream decompressed = DecompressedStream.open(storedFromStart, codec, stored.location());
        try {
            decompressed.skipNBytes(position);
            return decompressed;
        } catch (EOFException atOrPastTheEnd) {
            decompressed.close();
            return InputStream.nullInputStream();
        } catch (IOException | RuntimeException e) {
            decompressed.close();
            throw e;
        }
    }
}
