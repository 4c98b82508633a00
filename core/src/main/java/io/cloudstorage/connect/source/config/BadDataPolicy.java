package io.cloudstorage.connect.source.config;

import io.cloudstorage.connect.source.choice.ConfigChoice;

/** What becomes of data that cannot be read as the format: a bad record, or an object that cannot be read on. */
public enum BadDataPolicy implements ConfigChoice {
    /** The task fails, naming the object and the record. */
    FAIL("fail"),
    /** The bad data is left out: logged once per object with a count, and counted in the task's metrics. */
    SKIP("skip"),
    /** The bad data's raw bytes go to a dead-letter topic, with headers saying where it came from and why. */
    DLQ("dlq");

    private final String configValue;

    BadDataPolicy(String configValue) {
        this.configValue = configValue;
    }

    @Override
    public String configValue() {
        return configValue;
    }
}
