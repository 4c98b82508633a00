package io.cloudstorage.connect.source.config;

import java.util.Arrays;
import java.util.Locale;

/** In which order the objects of a source partition are read, and so what its offset has to remember. */
public enum ReadOrder {
    /** In key order, after the last key read: keys must only grow within a prefix. */
    LEXICAL("lexical"),
    /** In order of last-modified time, whatever the keys, remembering the objects read in the lateness window. */
    ARRIVAL("arrival");

    private final String configValue;

    ReadOrder(String configValue) {
        this.configValue = configValue;
    }

    public String configValue() {
        return configValue;
    }

    static String[] configValues() {
        return Arrays.stream(values()).map(ReadOrder::configValue).toArray(String[]::new);
    }

    static ReadOrder fromConfigValue(String value) {
        return Arrays.stream(values()).filter(order -> order.configValue.equals(value.toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("Unknown read order " + value));
    }
}
