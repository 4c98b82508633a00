package io.cloudstorage.connect.source.record;

import java.util.List;

/** The names of the headers that say where a record came from, and why a dead-lettered one could not be read. */
public final class RecordHeaders {

    public static final String BUCKET = "storage.bucket";
    public static final String KEY = "storage.key";
    public static final String ETAG = "storage.etag";
    public static final String RECORD_NUMBER = "storage.record.number";
    /** Followed by the name of a user metadata entry of the object. */
    public static final String METADATA_PREFIX = "storage.metadata.";

    public static final String ERROR_CLASS = "error.class";
    public static final String ERROR_MESSAGE = "error.message";
    /** The size of the bad data when the dead-letter record holds only its first bytes. */
    public static final String ERROR_RAW_SIZE = "error.raw.size";
    /** How the raw bytes are written in the dead-letter record's string value: "utf-8" or "base64". */
    public static final String ERROR_RAW_ENCODING = "error.raw.encoding";

    public static final List<String> NAMES = List.of(BUCKET, KEY, ETAG, RECORD_NUMBER);
    public static final List<String> ERROR_NAMES = List.of(ERROR_CLASS, ERROR_MESSAGE, ERROR_RAW_ENCODING, ERROR_RAW_SIZE);

    private RecordHeaders() {
    }
}
