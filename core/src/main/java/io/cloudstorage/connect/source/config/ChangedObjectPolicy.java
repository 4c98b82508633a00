package io.cloudstorage.connect.source.config;

import java.util.Arrays;
import java.util.Locale;

/** What becomes of an object whose content changed (a new ETag) after some of its records were read. */
public enum ChangedObjectPolicy {
    /** Its new version is read from its start. */
    REREAD("reread"),
    /** Its new version is left unread. */
    SKIP("skip");

    private final String configValue;

    ChangedObjectPolicy(String configValue) {
        this.configValue = configValue;
    }

    public String configValue() {
        return configValue;
    }

    static String[] configValues() {
        return Arrays.stream(values()).map(ChangedObjectPolicy::configValue).toArray(String[]::new);
    }

    static ChangedObjectPolicy fromConfigValue(String value) {
        return Arrays.stream(values()).filter(policy -> policy.configValue.equals(value.toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("Unknown policy " + value));
    }
}
