package io.cloudstorage.connect.source.reading;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import io.cloudstorage.connect.source.metrics.TaskMetrics;

/** An object's stored bytes, counted into the task's metrics as they are read. */
final class MeteredStream extends FilterInputStream {

    private final TaskMetrics metrics;

    MeteredStream(InputStream in, TaskMetrics metrics) {
        super(in);
        this.metrics = metrics;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            metrics.bytesRead(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            metrics.bytesRead(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        metrics.bytesRead(skipped);
        return skipped;
    }
}
