package io.cloudstorage.connect.format.parquet;

import java.io.IOException;

import org.apache.parquet.io.DelegatingSeekableInputStream;
import org.apache.parquet.io.InputFile;

import io.cloudstorage.connect.spi.format.ObjectContent;

/** Object content as the Parquet library reads a file, without Hadoop's file systems. */
final class ContentInputFile implements InputFile {

    private final ObjectContent content;
    private final FileTail tail;

    ContentInputFile(ObjectContent content, FileTail tail) {
        this.content = content;
        this.tail = tail;
    }

    @Override
    public long getLength() {
        return tail.size();
    }

    @Override
    public Stream newStream() {
        return new Stream(new RangedContentStream(content, tail));
    }

    @Override
    public String toString() {
        return content.location();
    }

    /** Gives the Parquet library's reading methods to a {@link RangedContentStream}. */
    static final class Stream extends DelegatingSeekableInputStream {

        private final RangedContentStream ranged;

        private Stream(RangedContentStream ranged) {
            super(ranged);
            this.ranged = ranged;
        }

        @Override
        public long getPos() {
            return ranged.position();
        }

        @Override
        public void seek(long newPos) {
            ranged.seek(newPos);
        }

        /** The last I/O error of the content, if any. */
        IOException failure() {
            return ranged.failure();
        }
    }
}
