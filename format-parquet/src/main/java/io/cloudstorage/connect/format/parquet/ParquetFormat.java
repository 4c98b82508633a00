package io.cloudstorage.connect.format.parquet;

import java.io.IOException;

import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;

import io.cloudstorage.connect.spi.format.ObjectContent;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordReader;

/**
 * Rows resume at a row group: a position's {@code seek} is the ordinal of a row group (counting from 0) and its
 * {@code skip} the rows to drop inside it, so a resumed read fetches the footer and then only the row groups from
 * that one on.
 */
final class ParquetFormat implements RecordFormat {

    /** Enough for most footers, and for a whole small file, in the first request. */
    static final int DEFAULT_TAIL_BYTES = 1024 * 1024;

    private final int maxBufferBytes;
    private final int tailBytes;
    private final ParquetReadOptions options;

    ParquetFormat(int maxBufferBytes) {
        this(maxBufferBytes, DEFAULT_TAIL_BYTES);
    }

    ParquetFormat(int maxBufferBytes, int tailBytes) {
        this.maxBufferBytes = maxBufferBytes;
        this.tailBytes = tailBytes;
        // Filters stay off: every row is read. Checksums are verified where the writer stored them, so that a
        // corrupt page is reported instead of yielding wrong values.
        this.options = ParquetReadOptions.builder(new PlainParquetConfiguration())
                .withCodecFactory(new PageDecompressors())
                .usePageChecksumVerification(true)
                .useRecordFilter(false)
                .useStatsFilter(false)
                .useDictionaryFilter(false)
                .useColumnIndexFilter(false)
                .useBloomFilter(false)
                .build();
    }

    /** Parquet compresses its pages itself and finds its footer by the object's size. */
    @Override
    public boolean needsStoredBytes() {
        return true;
    }

    @Override
    public RecordReader open(ObjectContent content, ReadPosition start) throws IOException {
        FileTail tail = FileTail.read(content, tailBytes, maxBufferBytes, start.records() + 1);
        return new ParquetRowReader(content, tail, options, maxBufferBytes, start);
    }
}
