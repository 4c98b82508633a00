package io.cloudstorage.connect.format.parquet;

import java.io.IOException;
import java.util.List;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;

import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.MalformedDataException;
import io.cloudstorage.connect.spi.format.ObjectContent;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.ReadResult;

/**
 * Reads the rows of a Parquet file one row group at a time, each row group read whole into memory with one request
 * (the Parquet library's way). Resuming at a row group reads none of the row groups before it.
 *
 * <p>Errors in the data (a corrupt page, an unsupported codec, a row group larger than allowed) end the reading
 * with a {@link MalformedDataException}: Parquet offers no way to step over one bad row.
 */
final class ParquetRowReader implements io.cloudstorage.connect.spi.format.RecordReader {

    private final int maxBufferBytes;
    private final ContentInputFile.Stream stream;
    private final ParquetFileReader file;
    private final List<BlockMetaData> rowGroups;
    private final Schema schema;
    private final MessageColumnIO columns;
    private final RowMaterializer materializer;

    /** The next row group to read. */
    private int nextRowGroup;
    private int rowGroup = -1;
    private PageReadStore pages;
    private RecordReader<Struct> rows;
    private long rowsRead;
    private long rowsLeft;
    private long records;

    ParquetRowReader(ObjectContent content, FileTail tail, ParquetReadOptions options, int maxBufferBytes,
                     ReadPosition start) throws IOException {
        this.maxBufferBytes = maxBufferBytes;
        this.records = start.records() - start.skip();
        FileMetaData metadata = tail.footer().getFileMetaData();
        GroupMapping mapping;
        try {
            mapping = GroupMappings.rows(metadata.getSchema());
        } catch (RuntimeException e) {
            throw new MalformedDataException("The Parquet schema cannot be read as a Connect schema: "
                    + Failures.describe(e) + "; schema: " + metadata.getSchema(), records + 1, e);
        }
        this.schema = mapping.schema();
        this.materializer = new RowMaterializer(mapping);
        this.columns = new ColumnIOFactory(metadata.getCreatedBy()).getColumnIO(metadata.getSchema());
        ContentInputFile input = new ContentInputFile(content, tail);
        this.stream = input.newStream();
        this.file = new ParquetFileReader(input, tail.footer(), options, stream);
        this.rowGroups = file.getRowGroups();
        try {
            resumeAt(start);
        } catch (IOException | RuntimeException e) {
            try {
                file.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    private void resumeAt(ReadPosition start) throws IOException {
        if (start.seek() > rowGroups.size()) {
            throw new MalformedDataException("The position to resume at (row group " + start.seek()
                    + ") is past the file's " + rowGroups.size() + " row groups", records + 1);
        }
        nextRowGroup = (int) start.seek();
        if (start.skip() == 0) {
            return;
        }
        if (start.seek() == rowGroups.size() || start.skip() >= rowGroups.get(nextRowGroup).getRowCount()) {
            throw new MalformedDataException("The position to resume at (row " + (start.skip() + 1)
                    + " of row group " + start.seek() + ") is past the end of that row group", records + 1);
        }
        readRowGroup(nextRowGroup++);
        for (long i = 0; i < start.skip(); i++) {
            readRow();
        }
    }

    @Override
    public ReadResult next() throws IOException {
        while (rowsLeft == 0) {
            if (nextRowGroup >= rowGroups.size()) {
                releaseRowGroup();
                return null;
            }
            readRowGroup(nextRowGroup++);
        }
        Struct row = readRow();
        ReadPosition next = rowsLeft == 0
                ? new ReadPosition(records, nextRowGroup, 0)
                : new ReadPosition(records, rowGroup, rowsRead);
        return new FormatRecord(schema, row, next);
    }

    private void readRowGroup(int index) throws IOException {
        releaseRowGroup();
        BlockMetaData block = rowGroups.get(index);
        rowGroup = index;
        rowsRead = 0;
        rowsLeft = block.getRowCount();
        if (rowsLeft == 0) {
            return;
        }
        checkReadable(block);
        try {
            pages = file.readRowGroup(index);
            rows = columns.getRecordReader(pages, materializer, FilterCompat.NOOP);
        } catch (IOException | RuntimeException e) {
            throw dataErrorOrItself(e);
        }
    }

    private void checkReadable(BlockMetaData block) throws MalformedDataException {
        if (block.getCompressedSize() > maxBufferBytes) {
            throw new MalformedDataException("Row group " + rowGroupNumber() + " holds " + block.getCompressedSize()
                    + " bytes, more than " + ParquetFormatProvider.MAX_BUFFER_BYTES + "=" + maxBufferBytes
                    + "; raise " + ParquetFormatProvider.MAX_BUFFER_BYTES + " (and the worker's heap) to read this "
                    + "file", records + 1);
        }
        for (ColumnChunkMetaData column : block.getColumns()) {
            if (!PageDecompressors.SUPPORTED.contains(column.getCodec())) {
                throw new MalformedDataException("Column " + column.getPath().toDotString() + " of row group "
                        + rowGroupNumber() + " is compressed with " + column.getCodec()
                        + ", which is not supported (supported: " + PageDecompressors.SUPPORTED + ")", records + 1);
            }
        }
    }

    private Struct readRow() throws IOException {
        Struct row;
        try {
            row = rows.read();
        } catch (RuntimeException e) {
            throw dataErrorOrItself(e);
        }
        rowsRead++;
        rowsLeft--;
        records++;
        return row;
    }

    /**
     * The content's own I/O error if there was one (the Parquet library may have wrapped it), so that it is retried;
     * otherwise the data is at fault.
     */
    private IOException dataErrorOrItself(Exception e) {
        if (stream.failure() != null) {
            return stream.failure();
        }
        return new MalformedDataException("Row group " + rowGroupNumber() + " is corrupt: " + Failures.describe(e),
                records + 1, e);
    }

    private String rowGroupNumber() {
        return rowGroup + " (of " + rowGroups.size() + ", counting from 0)";
    }

    private void releaseRowGroup() {
        if (pages != null) {
            pages.close();
            pages = null;
            rows = null;
        }
    }

    @Override
    public void close() throws IOException {
        releaseRowGroup();
        file.close();
    }
}
