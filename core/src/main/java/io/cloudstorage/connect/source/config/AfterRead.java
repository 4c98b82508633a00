package io.cloudstorage.connect.source.config;

import java.util.Optional;

import io.cloudstorage.connect.source.choice.ConfigChoice;
import io.cloudstorage.connect.spi.storage.ObjectAction;

/** What is done to an object once all its records are in Kafka. */
public enum AfterRead implements ConfigChoice {
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

    @Override
    public String configValue() {
        return configValue;
    }

    /** The storage action it takes, if any. */
    public Optional<ObjectAction> action() {
        return Optional.ofNullable(action);
    }
}
