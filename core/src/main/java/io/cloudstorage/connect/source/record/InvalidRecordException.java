package io.cloudstorage.connect.source.record;

/**
 * A record that was read but cannot be sent as configured: its key or timestamp field is missing or cannot be
 * parsed. Handled like a malformed record, by the configured error policy.
 */
public class InvalidRecordException extends Exception {

    public InvalidRecordException(String message) {
        super(message);
    }
}
