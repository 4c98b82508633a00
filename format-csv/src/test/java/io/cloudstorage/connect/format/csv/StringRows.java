package io.cloudstorage.connect.format.csv;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;

/** The records expected of rows whose columns are all strings. */
final class StringRows {

    private final String[] names;
    private final Schema schema;

    StringRows(String... names) {
        this.names = names.clone();
        SchemaBuilder builder = SchemaBuilder.struct();
        for (String name : names) {
            builder.field(name, Schema.OPTIONAL_STRING_SCHEMA);
        }
        this.schema = builder.build();
    }

    Schema schema() {
        return schema;
    }

    /** A row's record; a null value leaves its field unset. */
    Struct row(String... values) {
        if (values.length != names.length) {
            throw new IllegalArgumentException(values.length + " values for " + names.length + " columns");
        }
        Struct struct = new Struct(schema);
        for (int i = 0; i < values.length; i++) {
            struct.put(names[i], values[i]);
        }
        return struct;
    }
}
