package io.cloudstorage.connect.format.csv;

import org.apache.kafka.connect.data.Schema;

/** A column's Connect schema, and how the bytes of one of its fields become a value valid for that schema. */
interface ColumnType {

    /** The optional schema of the column's field. */
    Schema schema();

    /**
     * The value of a field, from its UTF-8 bytes (unquoted and unescaped; possibly none); {@code null} for no
     * value.
     *
     * @throws InvalidValueException if the text is not a value of this type
     */
    Object parse(byte[] bytes, int offset, int length) throws InvalidValueException;

    /** The type as written in the schema key, for messages. */
    String name();
}
