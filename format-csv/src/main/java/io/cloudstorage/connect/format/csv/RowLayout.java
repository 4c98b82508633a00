package io.cloudstorage.connect.format.csv;

import java.util.Collections;
import java.util.List;

import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;

/**
 * The columns of an object's rows: names, types, and the Struct schema of the records, built once and shared by
 * every record it describes. The schema is unnamed: its fields come from the data or the configuration, and no
 * name would fit every object.
 */
final class RowLayout {

    private final List<String> names;
    private final ColumnType[] types;
    private final Schema schema;
    private final Field[] fields;

    /**
     * @param names distinct and non-empty
     */
    RowLayout(List<String> names, List<ColumnType> types) {
        if (names.size() != types.size()) {
            throw new IllegalArgumentException(names.size() + " names for " + types.size() + " types");
        }
        this.names = List.copyOf(names);
        this.types = types.toArray(new ColumnType[0]);
        SchemaBuilder builder = SchemaBuilder.struct();
        for (int i = 0; i < names.size(); i++) {
            builder.field(names.get(i), this.types[i].schema());
        }
        this.schema = builder.build();
        this.fields = schema.fields().toArray(new Field[0]);
    }

    /** Columns that all have the same type. */
    static RowLayout uniform(List<String> names, ColumnType type) {
        return new RowLayout(names, Collections.nCopies(names.size(), type));
    }

    int columns() {
        return fields.length;
    }

    List<String> names() {
        return names;
    }

    ColumnType type(int column) {
        return types[column];
    }

    Field field(int column) {
        return fields[column];
    }

    Schema schema() {
        return schema;
    }
}
