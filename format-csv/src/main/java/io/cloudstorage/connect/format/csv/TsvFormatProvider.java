package io.cloudstorage.connect.format.csv;

/**
 * Tab-separated values. As in the IANA text/tab-separated-values type, fields are not quoted by default: a quote
 * is data. Files that quote fields the way CSV does, or escape tabs and line breaks with a backslash, are read by
 * setting tsv.quote or tsv.escape.
 */
public final class TsvFormatProvider extends DelimitedFormatProvider {

    public TsvFormatProvider() {
        super("tsv", "One record per row of tab-separated values (UTF-8; no quoting unless tsv.quote is set): the "
                + "value is a Struct with an optional field per column, named by the header row, tsv.columns or "
                + "tsv.schema, and typed by tsv.schema (strings otherwise).",
                new DialectDefaults("\\t", "", ""));
    }
}
