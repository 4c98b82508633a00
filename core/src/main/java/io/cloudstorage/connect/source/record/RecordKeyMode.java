package io.cloudstorage.connect.source.record;

import java.util.Arrays;
import java.util.Locale;

/** What a record's key holds. */
public enum RecordKeyMode {
    /** No key. */
    NONE("none"),
    /** The object's key, as a string: all records of an object land in one Kafka partition, in order. */
    OBJECT_KEY("object.key"),
    /** The record's number within its object, counting from 1 (the line number for lines). */
    RECORD_NUMBER("record.number"),
    /** A field of the record's value, with its schema. */
    FIELD("field"),
    /** A string rendered from a template of the object's and the record's variables. */
    TEMPLATE("template");

    private final String configValue;

    RecordKeyMode(String configValue) {
        this.configValue = configValue;
    }

    public String configValue() {
        return configValue;
    }

    public static String[] configValues() {
        return Arrays.stream(values()).map(RecordKeyMode::configValue).toArray(String[]::new);
    }

    public static RecordKeyMode fromConfigValue(String value) {
        return Arrays.stream(values()).filter(mode -> mode.configValue.equals(value.toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("Unknown record key mode " + value));
    }
}
