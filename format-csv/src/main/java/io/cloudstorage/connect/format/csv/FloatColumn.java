package io.cloudstorage.connect.format.csv;

import org.apache.kafka.connect.data.Schema;

/**
 * Decimal floating-point numbers, with an optional exponent ({@code 1.5e-3}), {@code NaN} and {@code Infinity}.
 * The JDK parser's other forms (hexadecimal, a trailing {@code d} or {@code f}) are Java, not data, and rejected.
 */
final class FloatColumn extends ParsedColumn {

    static final FloatColumn FLOAT32 = new FloatColumn("float32", Schema.OPTIONAL_FLOAT32_SCHEMA);
    static final FloatColumn FLOAT64 = new FloatColumn("float64", Schema.OPTIONAL_FLOAT64_SCHEMA);

    private final String name;
    private final Schema schema;

    private FloatColumn(String name, Schema schema) {
        this.name = name;
        this.schema = schema;
    }

    @Override
    public Schema schema() {
        return schema;
    }

    @Override
    protected Object parseValue(byte[] bytes, int offset, int length) throws InvalidValueException {
        String text = ascii(bytes, offset, length);
        if (isJavaOnlySyntax(text)) {
            throw notANumber();
        }
        try {
            if (schema.type() == Schema.Type.FLOAT64) {
                return Double.parseDouble(text);
            }
            float value = Float.parseFloat(text);
            if (Float.isInfinite(value) && !text.endsWith("Infinity")) {
                throw new InvalidValueException("is out of the range of float32");
            }
            return value;
        } catch (NumberFormatException e) {
            throw notANumber();
        }
    }

    private static boolean isJavaOnlySyntax(String text) {
        char last = text.charAt(text.length() - 1);
        return last == 'd' || last == 'D' || last == 'f' || last == 'F' || text.indexOf('x') >= 0
                || text.indexOf('X') >= 0;
    }

    private InvalidValueException notANumber() {
        return new InvalidValueException("is not a number (" + name + ")");
    }

    @Override
    public String name() {
        return name;
    }
}
