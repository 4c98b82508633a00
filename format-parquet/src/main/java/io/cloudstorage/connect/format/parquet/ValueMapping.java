package io.cloudstorage.connect.format.parquet;

import java.util.function.Consumer;

import org.apache.kafka.connect.data.Schema;
import org.apache.parquet.io.api.Converter;

/** How the values of one Parquet type become Connect values: their schema, and the converter that builds them. */
sealed interface ValueMapping permits ColumnMapping, GroupMapping {

    Schema schema();

    /** A new converter that hands each value it builds to {@code sink}. */
    Converter converter(Consumer<Object> sink);
}
