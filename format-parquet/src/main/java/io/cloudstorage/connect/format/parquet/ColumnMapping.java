package io.cloudstorage.connect.format.parquet;

import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.kafka.connect.data.Schema;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.PrimitiveConverter;

/** A Parquet column (a primitive type): each of its values becomes one Connect value. */
record ColumnMapping(Schema schema, Function<Consumer<Object>, PrimitiveConverter> converters)
        implements ValueMapping {

    @Override
    public Converter converter(Consumer<Object> sink) {
        return converters.apply(sink);
    }
}
