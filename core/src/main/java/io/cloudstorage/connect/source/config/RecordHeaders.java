package io.cloudstorage.connect.source.config;

import java.util.List;

/** The names of the headers that say where a record came from. */
public final class RecordHeaders {

    public static final String BUCKET = "storage.bucket";
    public static final String KEY = "storage.key";
    public static final String ETAG = "storage.etag";
    public static final String RECORD_NUMBER = "storage.record.number";

    static final List<String> NAMES = List.of(BUCKET, KEY, ETAG, RECORD_NUMBER);

    private RecordHeaders() {
    }
}
