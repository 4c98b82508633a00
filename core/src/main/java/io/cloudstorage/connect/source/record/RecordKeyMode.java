package io.cloudstorage.connect.source.record;

import io.cloudstorage.connect.source.choice.ConfigChoice;

/** What a record's key holds. */
public enum RecordKeyMode implements ConfigChoice {
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

    @Override
    public String configValue() {
        return configValue;
    }
}
