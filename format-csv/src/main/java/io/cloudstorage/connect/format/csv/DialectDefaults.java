package io.cloudstorage.connect.format.csv;

/** What sets one delimited format apart from another when the user sets nothing: its characters, as key values. */
record DialectDefaults(String delimiter, String quote, String escape) {
}
