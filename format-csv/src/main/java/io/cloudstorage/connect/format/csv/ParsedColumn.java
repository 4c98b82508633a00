package io.cloudstorage.connect.format.csv;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

/**
 * A column whose values are parsed from text (numbers, booleans, dates...). Spaces and tabs around a value mean
 * nothing for such types and are ignored; a field with nothing else is null.
 */
abstract class ParsedColumn implements ColumnType {

    @Override
    public final Object parse(byte[] bytes, int offset, int length) throws InvalidValueException {
        int start = offset;
        int end = offset + length;
        while (start < end && isBlank(bytes[start])) {
            start++;
        }
        while (end > start && isBlank(bytes[end - 1])) {
            end--;
        }
        return start == end ? null : parseValue(bytes, start, end - start);
    }

    /** The value of a field that is not blank and has no blanks around it. */
    protected abstract Object parseValue(byte[] bytes, int offset, int length) throws InvalidValueException;

    /**
     * The bytes as one char each: values of these types are ASCII, and anything else fails to parse anyway. It is
     * the cheapest way to a String, for the JDK's parsers.
     */
    static String ascii(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, ISO_8859_1);
    }

    /** The number written by {@code count} ASCII digits, or -1 if one is not a digit. */
    static int digits(byte[] bytes, int offset, int count) {
        int value = 0;
        for (int i = offset; i < offset + count; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t';
    }
}
