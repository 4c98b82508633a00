package io.cloudstorage.connect.benchmarks.endtoend.ingest;

import java.util.Optional;

/** A setting written {@code KEY=VALUE}, as the harness's options and the ceiling producer's arguments take it. */
public record KeyValue(String key, String value) {

    /** Split at the first '=': empty if there is none, or nothing before it. The parts are as written. */
    public static Optional<KeyValue> parse(String text) {
        int equals = text.indexOf('=');
        return equals <= 0 ? Optional.empty()
                : Optional.of(new KeyValue(text.substring(0, equals), text.substring(equals + 1)));
    }
}
