package io.cloudstorage.connect.spi.plugin;

import java.util.Objects;

/** A problem with one configuration key, reported to the user against that key. */
public record ConfigIssue(String key, String message) {

    public ConfigIssue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
    }
}
