package io.cloudstorage.connect.format.csv;

import java.io.IOException;
import java.util.List;

import io.cloudstorage.connect.spi.format.MalformedDataException;
import io.cloudstorage.connect.spi.format.ObjectContent;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordReader;

/**
 * Delimited text, one record per row, resumed at the byte offset where a row starts: a resumed read opens the
 * content there, and reads the object's first row on its own (a small read from the start) only when that row
 * names or counts the columns.
 */
final class DelimitedFormat implements RecordFormat {

    private static final int READ_BUFFER_BYTES = 64 * 1024;
    /** Enough for the usual header row in one read, when nothing else of the object's start is wanted. */
    private static final int FIRST_ROW_BUFFER_BYTES = 8 * 1024;

    private final Dialect dialect;
    private final boolean header;
    private final int skipLines;
    private final int maxRowBytes;
    /** The columns as the keys declare them; null if the first row of each object names or counts them. */
    private final RowLayout declared;
    private final ColumnType text;
    private final RowDefects defects;
    /** The layout of the last object whose first row named the columns: the next objects usually share it. */
    private volatile RowLayout lastFromFirstRow;

    DelimitedFormat(DelimitedConfig config) {
        this.dialect = config.dialect();
        this.header = config.header();
        this.skipLines = config.skipLines();
        this.maxRowBytes = config.maxRowBytes();
        this.declared = config.declaredLayout().orElse(null);
        this.text = config.columnTypes().text();
        this.defects = new RowDefects(config.key(DelimitedConfig.MAX_ROW_BYTES), maxRowBytes);
    }

    @Override
    public RecordReader open(ObjectContent content, ReadPosition start) throws IOException {
        RowScanner scanner = scanner(content, start.seek(), READ_BUFFER_BYTES);
        try {
            long recordsBefore = start.records() - start.skip();
            DelimitedReader reader = start.seek() == 0
                    ? fromObjectStart(scanner, content, recordsBefore)
                    : new DelimitedReader(scanner, layoutSource(content), defects, recordsBefore, false);
            reader.skip(start.skip());
            return reader;
        } catch (IOException | RuntimeException e) {
            try {
                scanner.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private DelimitedReader fromObjectStart(RowScanner scanner, ObjectContent content, long recordsBefore)
            throws IOException {
        skipPreamble(scanner);
        if (declared != null) {
            if (header) {
                scanner.nextRow();
            }
            return new DelimitedReader(scanner, number -> declared, defects, recordsBefore, false);
        }
        if (!scanner.nextRow()) {
            return new DelimitedReader(scanner, layoutSource(content), defects, recordsBefore, false);
        }
        RowLayout layout = layoutOfFirstRow(scanner, content, recordsBefore + 1);
        return new DelimitedReader(scanner, number -> layout, defects, recordsBefore, !header);
    }

    private DelimitedReader.LayoutSource layoutSource(ObjectContent content) {
        return declared != null ? number -> declared : number -> readLayout(content, number);
    }

    /** Reads the object's first row from its start, for a read that resumes after it. */
    private RowLayout readLayout(ObjectContent content, long recordNumber) throws IOException {
        try (RowScanner first = scanner(content, 0, FIRST_ROW_BUFFER_BYTES)) {
            skipPreamble(first);
            if (!first.nextRow()) {
                throw new MalformedDataException("The first row of " + content.location() + " is gone: the "
                        + "object is shorter than the position to resume from", recordNumber);
            }
            return layoutOfFirstRow(first, content, recordNumber);
        }
    }

    private RowScanner scanner(ObjectContent content, long offset, int bufferBytes) throws IOException {
        return new RowScanner(content.open(offset), offset, dialect, maxRowBytes, bufferBytes);
    }

    private void skipPreamble(RowScanner scanner) throws IOException {
        scanner.skipByteOrderMark();
        for (int i = 0; i < skipLines && scanner.skipLine(); i++) {
            // skipped
        }
    }

    /** The columns named (with a header) or counted (without) by the scanner's current row, the object's first. */
    private RowLayout layoutOfFirstRow(RowScanner first, ObjectContent content, long recordNumber)
            throws MalformedDataException {
        String defect = defects.of(first);
        if (defect != null) {
            throw new MalformedDataException("The " + (header ? "header row" : "first row") + " of "
                    + content.location() + ", which " + (header ? "names" : "counts") + " the columns, "
                    + defect, recordNumber);
        }
        List<String> names = header ? ColumnNames.fromHeader(texts(first)) : ColumnNames.numbered(first.fieldCount());
        RowLayout last = lastFromFirstRow;
        if (last != null && last.names().equals(names)) {
            return last;
        }
        RowLayout layout = RowLayout.uniform(names, text);
        lastFromFirstRow = layout;
        return layout;
    }

    private static List<String> texts(RowScanner row) {
        String[] texts = new String[row.fieldCount()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = row.text(i);
        }
        return List.of(texts);
    }
}
