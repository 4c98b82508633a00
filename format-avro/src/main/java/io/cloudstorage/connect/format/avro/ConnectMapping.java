package io.cloudstorage.connect.format.avro;

import org.apache.kafka.connect.data.Schema;

/**
 * The Kafka Connect schema that stands for an Avro schema, and the conversion of the values Avro's generic datum
 * reader yields for it into values valid for that schema.
 */
record ConnectMapping(Schema schema, ValueConverter converter) {

    /** Converts one value; {@code null} only where the Avro schema allows null. */
    @FunctionalInterface
    interface ValueConverter {

        /** @throws org.apache.kafka.connect.errors.DataException if Connect's type cannot hold the value */
        Object convert(Object avroValue);
    }
}
