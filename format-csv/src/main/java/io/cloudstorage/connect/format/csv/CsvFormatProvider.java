package io.cloudstorage.connect.format.csv;

/** Comma-separated values (RFC 4180): fields may be quoted with '"'. */
public final class CsvFormatProvider extends DelimitedFormatProvider {

    public CsvFormatProvider() {
        super("csv", "One record per row of comma-separated values (RFC 4180, UTF-8; fields may be quoted): the "
                + "value is a Struct with an optional field per column, named by the header row, csv.columns or "
                + "csv.schema, and typed by csv.schema (strings otherwise).",
                new DialectDefaults(",", "\"", ""));
    }
}
