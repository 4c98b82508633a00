package io.cloudstorage.connect.source.config;

import java.util.Arrays;
import java.util.Locale;

/** What becomes of data that cannot be read as the format: a bad record, or an object that cannot be read on. */
public enum BadDataPolicy {
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

    public String configValue() {
        return configValue;
    }

    static String[] configValues() {
        return Arrays.stream(values()).map(BadDataPolicy::configValue).toArray(String[]::new);
    }

    static BadDataPolicy fromConfigValue(String value) {
        return Arrays.stream(values()).filter(policy -> policy.configValue.equals(value.toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("Unknown error policy " + value));
    }
}
