package io.cloudstorage.connect.source.reading;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import io.cloudstorage.connect.spi.compression.CompressionCodec;
import io.cloudstorage.connect.spi.format.MalformedDataException;

/**
 * The output of a decompressor, whose failures are told apart: a failure to read the stored bytes passes as it is
 * (reading again may succeed), any other is corrupt or truncated data, which no retry mends.
 */
final class DecompressedStream extends FilterInputStream {

    private final CompressionCodec codec;
    private final String location;
    private long produced;

    private DecompressedStream(InputStream decompressed, CompressionCodec codec, String location) {
        super(decompressed);
        this.codec = codec;
        this.location = location;
    }

    /** Starts decompressing {@code stored}; a corrupt header fails here already. */
    static DecompressedStream open(InputStream stored, CompressionCodec codec, String location) throws IOException {
        InputStream storedBytes = new StoredBytesStream(stored);
        try {
            return new DecompressedStream(codec.decompress(storedBytes), codec, location);
        } catch (IOException e) {
            storedBytes.close();
            throw dataErrorOrItself(e, codec, location, 0);
        }
    }

    @Override
    public int read() throws IOException {
        try {
            int b = super.read();
            produced += b < 0 ? 0 : 1;
            return b;
        } catch (IOException e) {
            throw dataErrorOrItself(e, codec, location, produced);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            int n = super.read(buffer, offset, length);
            produced += Math.max(n, 0);
            return n;
        } catch (IOException e) {
            throw dataErrorOrItself(e, codec, location, produced);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            long skipped = super.skip(n);
            produced += skipped;
            return skipped;
        } catch (IOException e) {
            throw dataErrorOrItself(e, codec, location, produced);
        }
    }

    private static IOException dataErrorOrItself(IOException e, CompressionCodec codec, String location,
                                                 long produced) {
        if (StorageReadFailure.isCause(e)) {
            return e;
        }
        return new MalformedDataException("The " + codec.name() + " data of " + location + " is corrupt or "
                + "truncated after " + produced + " decompressed bytes (" + e.getMessage() + ")", 0, e);
    }
}
