package io.cloudstorage.connect.storage.s3;

import java.io.FilterInputStream;
import java.io.IOException;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * An object's content that aborts the request when closed before its end: closing the SDK's stream would
 * otherwise read the rest of the object, however large, to keep the connection for another request. The end is
 * the end of the stream, or the response's last byte: a range read to its length keeps its connection, with no
 * read past it.
 */
final class ObjectContentStream extends FilterInputStream {

    private final ResponseInputStream<GetObjectResponse> response;
    /** The bytes left to the response's end, or -1 if it did not say how many it holds. */
    private long left;
    private boolean reachedEnd;

    ObjectContentStream(ResponseInputStream<GetObjectResponse> response) {
        super(response);
        this.response = response;
        Long length = response.response().contentLength();
        this.left = length == null ? -1 : length;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        counted(b < 0 ? -1 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        counted(n);
        return n;
    }

    private void counted(int read) {
        if (read < 0) {
            reachedEnd = true;
        } else if (left >= 0) {
            left -= read;
            reachedEnd |= left <= 0;
        }
    }

    @Override
    public void close() throws IOException {
        if (!reachedEnd) {
            response.abort();
        }
        super.close();
    }
}
