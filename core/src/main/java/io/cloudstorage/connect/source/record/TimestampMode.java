package io.cloudstorage.connect.source.record;

import io.cloudstorage.connect.source.choice.ConfigChoice;

/** Where a record's timestamp comes from. */
public enum TimestampMode implements ConfigChoice {
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

    @Override
    public String configValue() {
        return configValue;
    }
}
