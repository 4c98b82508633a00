package io.cloudstorage.connect.source.choice;

import java.util.Arrays;
import java.util.Locale;

/**
 * An enum constant that a configuration value chooses, such as {@code errors.policy=skip}: the values are listed
 * and parsed here, for every such enum.
 */
public interface ConfigChoice {

    /** The value that chooses this constant. */
    String configValue();

    /** The values of {@code type}'s constants, in their order. */
    static <E extends Enum<E> & ConfigChoice> String[] configValues(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(ConfigChoice::configValue).toArray(String[]::new);
    }

    /**
     * The constant {@code value} chooses, in any case.
     *
     * @throws IllegalArgumentException if none does (validators reject such values first)
     */
    static <E extends Enum<E> & ConfigChoice> E fromConfigValue(Class<E> type, String value) {
        String wanted = value.toLowerCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(choice -> choice.configValue().equals(wanted))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No " + type.getSimpleName()
                        + " is chosen by '" + value + "'"));
    }
}
