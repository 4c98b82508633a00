package io.cloudstorage.connect.format.avro;

/**
 * Bytes that break the Avro container format, found while reading the header or a block. It is not an
 * {@link java.io.IOException} on purpose: an error in the data must never be mistaken for a failure of the content's
 * stream, which the connector retries. The reader turns it into a malformed record or into
 * {@link io.cloudstorage.connect.spi.format.MalformedDataException}, depending on what can still be trusted.
 */
final class CorruptDataException extends Exception {

    CorruptDataException(String message) {
        super(message);
    }

    CorruptDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
