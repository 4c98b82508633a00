package io.cloudstorage.connect.format.csv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

import io.cloudstorage.connect.format.csv.ColumnSpec.TypeName;

/**
 * Reads the schema key: {@code name:type} pairs, comma-separated ({@code id:int64,price:decimal(10,2)}). The
 * commas inside {@code decimal(p,s)} do not separate columns, which is why the key is a string and not a list.
 */
final class SchemaText {

    static final String TYPES = "string, boolean, int32, int64, float32, float64, decimal(p,s), date, time, "
            + "timestamp";

    private static final Pattern DECIMAL = Pattern.compile("decimal\\(\\s*(\\d{1,4})\\s*,\\s*(\\d{1,4})\\s*\\)");

    private SchemaText() {
    }

    /**
     * The columns, in order; none for an empty text.
     *
     * @throws IllegalArgumentException naming the column that is wrong
     */
    static List<ColumnSpec> parse(String text) {
        List<ColumnSpec> columns = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return columns;
        }
        Set<String> names = new HashSet<>();
        for (String item : splitOutsideParentheses(text)) {
            int number = columns.size() + 1;
            int colon = item.lastIndexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("column " + number + " ('" + item.trim()
                        + "') is not written name:type");
            }
            String name = item.substring(0, colon).trim();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("column " + number + " has no name");
            }
            if (!names.add(name)) {
                throw new IllegalArgumentException("column '" + name + "' is declared twice");
            }
            columns.add(column(name, item.substring(colon + 1).trim()));
        }
        return columns;
    }

    private static ColumnSpec column(String name, String type) {
        String lowerCase = type.toLowerCase(Locale.ROOT);
        Matcher decimal = DECIMAL.matcher(lowerCase);
        if (decimal.matches()) {
            int precision = Integer.parseInt(decimal.group(1));
            int scale = Integer.parseInt(decimal.group(2));
            if (precision < 1 || scale > precision) {
                throw new IllegalArgumentException("column '" + name + "' has the type " + type + ", but a "
                        + "decimal(p,s) needs 1 <= p and 0 <= s <= p");
            }
            return new ColumnSpec(name, TypeName.DECIMAL, precision, scale);
        }
        for (TypeName candidate : TypeName.values()) {
            if (candidate != TypeName.DECIMAL && candidate.name().toLowerCase(Locale.ROOT).equals(lowerCase)) {
                return new ColumnSpec(name, candidate, 0, 0);
            }
        }
        throw new IllegalArgumentException("column '" + name + "' has the unknown type '" + type + "' (the types "
                + "are " + TYPES + ")");
    }

    private static List<String> splitOutsideParentheses(String text) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                items.add(text.substring(start, i));
                start = i + 1;
            }
        }
        items.add(text.substring(start));
        return items;
    }

    /** Checks the schema key's value on its own. */
    static ConfigDef.Validator validator() {
        return new ConfigDef.Validator() {
            @Override
            public void ensureValid(String name, Object value) {
                try {
                    parse((String) value);
                } catch (IllegalArgumentException e) {
                    throw new ConfigException(name, value, "Invalid schema: " + e.getMessage());
                }
            }

            @Override
            public String toString() {
                return "empty, or name:type pairs, comma-separated, each name once; types: " + TYPES;
            }
        };
    }
}
