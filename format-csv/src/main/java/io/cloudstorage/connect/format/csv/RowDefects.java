package io.cloudstorage.connect.format.csv;

/** Says what makes a scanned row unreadable as a row, whatever its columns: its length or its quoting. */
final class RowDefects {

    private final String maxRowBytesKey;
    private final int maxRowBytes;

    RowDefects(String maxRowBytesKey, int maxRowBytes) {
        this.maxRowBytesKey = maxRowBytesKey;
        this.maxRowBytes = maxRowBytes;
    }

    /** What is wrong with the scanner's current row, as a phrase with the row as its subject; null if nothing. */
    String of(RowScanner row) {
        if (row.tooLong()) {
            return "is longer than " + maxRowBytesKey + "=" + maxRowBytes + " bytes (" + row.rowLength() + " bytes)"
                    + (row.defect() == RowScanner.Defect.UNCLOSED_QUOTE
                            ? ": it holds a quoted field that is not closed before the end of the object"
                            : "; raise " + maxRowBytesKey + " if such rows are expected");
        }
        return switch (row.defect()) {
            case NONE -> null;
            case TEXT_AFTER_QUOTE -> "has text after the closing quote of column " + (row.defectField() + 1)
                    + " (a quote inside a quoted field must be written twice)";
            case UNCLOSED_QUOTE -> "has a quoted field (column " + (row.defectField() + 1) + ") that is not "
                    + "closed before the end of the object";
        };
    }
}
