package io.cloudstorage.connect.source.config;

import io.cloudstorage.connect.source.choice.ConfigChoice;

/** What becomes of an object whose content changed (a new ETag) after some of its records were read. */
public enum ChangedObjectPolicy implements ConfigChoice {
    /** Its new version is read from its start. */
    REREAD("reread"),
    /** Its new version is left unread. */
    SKIP("skip");

    private final String configValue;

    ChangedObjectPolicy(String configValue) {
        this.configValue = configValue;
    }

    @Override
    public String configValue() {
        return configValue;
    }
}
