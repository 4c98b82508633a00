package io.cloudstorage.connect.format.csv;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * A key whose value is one ASCII character. A tab is written {@code \t} or {@code tab}: Kafka trims the values of
 * string keys, so a literal tab would arrive as an empty value.
 */
final class CharacterSetting implements ConfigDef.Validator {

    private final boolean optional;

    private CharacterSetting(boolean optional) {
        this.optional = optional;
    }

    /** One character, required. */
    static CharacterSetting required() {
        return new CharacterSetting(false);
    }

    /** One character, or empty for none. */
    static CharacterSetting optional() {
        return new CharacterSetting(true);
    }

    /** The character's byte, or {@link Dialect#NONE} for an empty value. */
    static int parse(String value) {
        if (value == null || value.isEmpty()) {
            return Dialect.NONE;
        }
        if (value.equals("\\t") || value.equalsIgnoreCase("tab")) {
            return '\t';
        }
        if (value.length() != 1) {
            throw new IllegalArgumentException("must be one character");
        }
        char c = value.charAt(0);
        if (c >= 0x80) {
            throw new IllegalArgumentException("must be an ASCII character");
        }
        if (c == '\n' || c == '\r') {
            throw new IllegalArgumentException("cannot be a line break");
        }
        return c;
    }

    @Override
    public void ensureValid(String name, Object value) {
        String text = (String) value;
        if (!optional && (text == null || text.isEmpty())) {
            throw new ConfigException(name, value, "Must be one character (write a tab as \\t or tab: Kafka trims "
                    + "a literal tab away)");
        }
        try {
            parse(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(name, value, "Must be one ASCII character, or \\t or tab for a tab; it "
                    + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return (optional ? "empty (none), or " : "") + "one ASCII character other than a line break; \\t or tab "
                + "for a tab";
    }
}
