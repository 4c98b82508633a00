package io.cloudstorage.connect.format.csv;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.apache.kafka.connect.data.Schema;

/** A string column: the field's bytes decoded as UTF-8, invalid sequences replaced by U+FFFD. */
final class TextColumn implements ColumnType {

    private final String emptyValue;

    private TextColumn(String emptyValue) {
        this.emptyValue = emptyValue;
    }

    /** An empty field is null. */
    static TextColumn emptyAsNull() {
        return new TextColumn(null);
    }

    /** An empty field is the empty string. */
    static TextColumn emptyAsEmptyString() {
        return new TextColumn("");
    }

    @Override
    public Schema schema() {
        return Schema.OPTIONAL_STRING_SCHEMA;
    }

    @Override
    public Object parse(byte[] bytes, int offset, int length) {
        return length == 0 ? emptyValue : new String(bytes, offset, length, UTF_8);
    }

    @Override
    public String name() {
        return "string";
    }
}
