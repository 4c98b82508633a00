package io.cloudstorage.connect.source.record;

import java.util.Arrays;
import java.util.Locale;

/** Where a record's timestamp comes from. */
public enum TimestampMode {
    /** The object's last-modified time. */
    OBJECT_LAST_MODIFIED("object.last.modified"),
    /** The time Kafka's producer sends the record. */
    INGESTION("ingestion"),
    /** A field of the record's value. */
    FIELD("field");

    private final String configValue;

    TimestampMode(String configValue) {
        this.configValue = configValue;
    }

    public String configValue() {
        return configValue;
    }

    public static String[] configValues() {
        return Arrays.stream(values()).map(TimestampMode::configValue).toArray(String[]::new);
    }

    public static TimestampMode fromConfigValue(String value) {
        return Arrays.stream(values()).filter(mode -> mode.configValue.equals(value.toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("Unknown timestamp mode " + value));
    }
}
