package io.cloudstorage.connect.source.reading;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An object's stored bytes, whose read failures are marked as {@link StorageReadFailure}s. */
final class StoredBytesStream extends FilterInputStream {

    StoredBytesStream(InputStream stored) {
        super(stored);
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            throw new StorageReadFailure(e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return super.read(buffer, offset, length);
        } catch (IOException e) {
            throw new StorageReadFailure(e);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            return super.skip(n);
        } catch (IOException e) {
            throw new StorageReadFailure(e);
        }
    }
}
