package io.cloudstorage.connect.source.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import io.cloudstorage.connect.spi.storage.ObjectAction;

/** What is done to an object once all its records are in Kafka. */
public enum AfterRead {
    NONE("none", null),
    DELETE("delete", ObjectAction.DELETE),
    MOVE("move", ObjectAction.MOVE),
    TAG("tag", ObjectAction.TAG);

    private final String configValue;
    private final ObjectAction action;

    AfterRead(String configValue, ObjectAction action) {
        this.configValue = configValue;
        this.action = action;
    }

    public String configValue() {
        return configValue;
    }

    /** The storage action it takes, if any. */
    public Optional<ObjectAction> action() {
        return Optional.ofNullable(action);
    }

    static String[] configValues() {
        return Arrays.stream(values()).map(AfterRead::configValue).toArray(String[]::new);
    }

    static AfterRead fromConfigValue(String value) {
        return Arrays.stream(values()).filter(choice -> choice.configValue.equals(value.toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("Unknown after-read action " + value));
    }
}
