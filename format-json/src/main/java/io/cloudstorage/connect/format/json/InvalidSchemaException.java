package io.cloudstorage.connect.format.json;

/** The text given as a schema is not a schema; the message says where and why, for the user who wrote it. */
final class InvalidSchemaException extends IllegalArgumentException {

    InvalidSchemaException(String message) {
        super(message);
    }
}
