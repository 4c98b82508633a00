package io.cloudstorage.connect.storage.s3;

import java.io.FilterInputStream;
import java.io.IOException;

import software.amazon.awssdk.core.ResponseInputStream;

/**
 * An object's content that aborts the request when closed before its end: closing the SDK's stream would
 * otherwise read the rest of the object, however large, to keep the connection for another request.
 */
final class ObjectContentStream extends FilterInputStream {

    private final ResponseInputStream<?> response;
    private boolean reachedEnd;

    ObjectContentStream(ResponseInputStream<?> response) {
        super(response);
        this.response = response;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        reachedEnd |= b < 0;
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        reachedEnd |= n < 0;
        return n;
    }

    @Override
    public void close() throws IOException {
        if (!reachedEnd) {
            response.abort();
        }
        super.close();
    }
}
