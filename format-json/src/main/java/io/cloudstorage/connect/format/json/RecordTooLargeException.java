package io.cloudstorage.connect.format.json;

import java.io.IOException;

/**
 * Raised inside the parser by {@link ContentStream} when a record grows past its limit: an I/O exception, so that
 * the parser lets it through, but one about the data, not the storage.
 */
final class RecordTooLargeException extends IOException {

    RecordTooLargeException() {
        super("The record is larger than allowed", null);
    }
}
