package io.cloudstorage.connect.format.csv;

import java.io.IOException;

import org.apache.kafka.connect.data.Struct;

import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.MalformedRecord;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.ReadResult;
import io.cloudstorage.connect.spi.format.RecordReader;

/**
 * Turns the rows of a scanner into records: a Struct per row, or a malformed record for a row that is too long,
 * badly quoted, has the wrong number of fields or a value not of its column's type. The position after each row
 * is the byte offset where the next row starts.
 */
final class DelimitedReader implements RecordReader {

    /** The columns of the object's rows, looked up only once a row needs them. */
    interface LayoutSource {
        /**
         * @param recordNumber the record that needs the layout, for errors
         * @throws io.cloudstorage.connect.spi.format.MalformedDataException if the object does not say what its
         *                                                                   columns are
         */
        RowLayout layout(long recordNumber) throws IOException;
    }

    private static final int LONGEST_VALUE_SHOWN = 100;

    private final RowScanner scanner;
    private final LayoutSource layouts;
    private final RowDefects defects;
    private RowLayout layout;
    private long records;
    /** Whether the scanner holds a row not yet returned: the first row, read to count the columns. */
    private boolean rowPending;
    private boolean ended;

    /**
     * @param recordsBefore the number of records before the scanner's next row (or its pending one)
     */
    DelimitedReader(RowScanner scanner, LayoutSource layouts, RowDefects defects, long recordsBefore,
                    boolean rowPending) {
        this.scanner = scanner;
        this.layouts = layouts;
        this.defects = defects;
        this.records = recordsBefore;
        this.rowPending = rowPending;
    }

    /** Reads and drops {@code count} records. */
    void skip(long count) throws IOException {
        for (long i = 0; i < count && next() != null; i++) {
            // dropped
        }
    }

    @Override
    public ReadResult next() throws IOException {
        if (ended) {
            return null;
        }
        if (rowPending) {
            rowPending = false;
        } else if (!scanner.nextRow()) {
            ended = true;
            return null;
        }
        records++;
        return result(new ReadPosition(records, scanner.rowEndOffset(), 0));
    }

    private ReadResult result(ReadPosition next) throws IOException {
        String defect = defects.of(scanner);
        if (defect != null) {
            return malformed(defect, next);
        }
        if (layout == null) {
            layout = layouts.layout(records);
        }
        int columns = layout.columns();
        if (scanner.fieldCount() != columns) {
            return malformed("has " + scanner.fieldCount() + (scanner.fieldCount() == 1 ? " field" : " fields")
                    + ", but there " + (columns == 1 ? "is 1 column" : "are " + columns + " columns"), next);
        }
        Struct value = new Struct(layout.schema());
        for (int i = 0; i < columns; i++) {
            Object fieldValue;
            try {
                fieldValue = scanner.value(i, layout.type(i));
            } catch (InvalidValueException e) {
                return malformed("has in column " + (i + 1) + " (" + layout.names().get(i) + ") the value '"
                        + shortened(scanner.text(i)) + "', which " + e.getMessage(), next);
            }
            if (fieldValue != null) {
                value.put(layout.field(i), fieldValue);
            }
        }
        return new FormatRecord(layout.schema(), value, next);
    }

    private MalformedRecord malformed(String problem, ReadPosition next) {
        return new MalformedRecord(scanner.raw(), "Row " + records + " (at byte " + scanner.rowOffset() + ") "
                + problem, next);
    }

    private static String shortened(String value) {
        return value.length() <= LONGEST_VALUE_SHOWN ? value : value.substring(0, LONGEST_VALUE_SHOWN) + "...";
    }

    @Override
    public void close() throws IOException {
        scanner.close();
    }
}
