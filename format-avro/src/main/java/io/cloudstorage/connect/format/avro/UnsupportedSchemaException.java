package io.cloudstorage.connect.format.avro;

/**
 * An Avro schema that cannot be read into Kafka Connect records (a recursive one), or a file that cannot be read as
 * the configured reader schema.
 */
final class UnsupportedSchemaException extends Exception {

    UnsupportedSchemaException(String message) {
        super(message);
    }
}
