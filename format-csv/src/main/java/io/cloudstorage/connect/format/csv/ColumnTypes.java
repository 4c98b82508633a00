package io.cloudstorage.connect.format.csv;

/** The column types as the format's keys configure them: empty strings, and how timestamps are written. */
final class ColumnTypes {

    private final TextColumn text;
    private final TimestampColumn timestamp;

    ColumnTypes(TextColumn text, TimestampColumn timestamp) {
        this.text = text;
        this.timestamp = timestamp;
    }

    /** The type of columns declared without one: named by a header row or by the columns key. */
    ColumnType text() {
        return text;
    }

    ColumnType of(ColumnSpec column) {
        return switch (column.type()) {
            case STRING -> text;
            case BOOLEAN -> BooleanColumn.INSTANCE;
            case INT32 -> IntegerColumn.INT32;
            case INT64 -> IntegerColumn.INT64;
            case FLOAT32 -> FloatColumn.FLOAT32;
            case FLOAT64 -> FloatColumn.FLOAT64;
            case DECIMAL -> new DecimalColumn(column.precision(), column.scale());
            case DATE -> DateColumn.INSTANCE;
            case TIME -> TimeColumn.INSTANCE;
            case TIMESTAMP -> timestamp;
        };
    }
}
