package io.cloudstorage.connect.format.csv;

/**
 * A column declared in the schema key: its name and type; precision and scale matter only for decimals.
 */
record ColumnSpec(String name, TypeName type, int precision, int scale) {

    /** The types a column can be declared with, by the name used in the schema key. */
    enum TypeName {
        STRING, BOOLEAN, INT32, INT64, FLOAT32, FLOAT64, DECIMAL, DATE, TIME, TIMESTAMP
    }
}
