package io.cloudstorage.connect.source.config;

import io.cloudstorage.connect.source.choice.ConfigChoice;

/** In which order the objects of a source partition are read, and so what its offset has to remember. */
public enum ReadOrder implements ConfigChoice {
    /** In key order, after the last key read: keys must only grow within a prefix. */
    LEXICAL("lexical"),
    /** In order of last-modified time, whatever the keys, remembering the objects read in the lateness window. */
    ARRIVAL("arrival");

    private final String configValue;

    ReadOrder(String configValue) {
        this.configValue = configValue;
    }

    @Override
    public String configValue() {
        return configValue;
    }
}
