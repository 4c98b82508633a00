package io.cloudstorage.connect.format.parquet;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.parquet.io.api.Converter;

/**
 * A Parquet group, whose value is assembled from the values of its children once they are all read: a struct from
 * its fields, a list from its repeated child, a map from its key-value pairs.
 *
 * @param assembly builds the group's value from its children's values, in the children's order; it must not keep
 *                 the array, which is reused
 */
record GroupMapping(Schema schema, List<Child> children, Function<Object[], Object> assembly) implements ValueMapping {

    /** A child of a group; the values of a repeated child are collected in a list. */
    record Child(ValueMapping mapping, boolean repeated) {

        /** The schema of the child's value in its group: an array of its values if it is repeated. */
        Schema schema() {
            return repeated ? SchemaBuilder.array(mapping.schema()).build() : mapping.schema();
        }
    }

    @Override
    public Converter converter(Consumer<Object> sink) {
        return new GroupAssembler(this, sink);
    }
}
