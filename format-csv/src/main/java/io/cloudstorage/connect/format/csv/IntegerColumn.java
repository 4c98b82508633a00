package io.cloudstorage.connect.format.csv;

import org.apache.kafka.connect.data.Schema;

/** Decimal integers with an optional sign, parsed from the bytes without making a String of them. */
final class IntegerColumn extends ParsedColumn {

    static final IntegerColumn INT32 = new IntegerColumn("int32", Schema.OPTIONAL_INT32_SCHEMA,
            Integer.MIN_VALUE, Integer.MAX_VALUE);
    static final IntegerColumn INT64 = new IntegerColumn("int64", Schema.OPTIONAL_INT64_SCHEMA,
            Long.MIN_VALUE, Long.MAX_VALUE);

    private final String name;
    private final Schema schema;
    private final long min;
    private final long max;

    private IntegerColumn(String name, Schema schema, long min, long max) {
        this.name = name;
        this.schema = schema;
        this.min = min;
        this.max = max;
    }

    @Override
    public Schema schema() {
        return schema;
    }

    @Override
    protected Object parseValue(byte[] bytes, int offset, int length) throws InvalidValueException {
        long value = parseLong(bytes, offset, length);
        if (schema.type() == Schema.Type.INT64) {
            return value;
        }
        return (int) value;
    }

    /** Accumulates negatively, like {@link Long#parseLong}, so that the most negative value fits. */
    private long parseLong(byte[] bytes, int offset, int length) throws InvalidValueException {
        int i = offset;
        int end = offset + length;
        boolean negative = bytes[i] == '-';
        if (negative || bytes[i] == '+') {
            i++;
        }
        if (i == end) {
            throw notAnInteger();
        }
        long lowest = negative ? min : -max;
        long accumulated = 0;
        for (; i < end; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9) {
                throw notAnInteger();
            }
            if (accumulated < lowest / 10 || accumulated * 10 < lowest + digit) {
                throw new InvalidValueException("is out of the range of " + name);
            }
            accumulated = accumulated * 10 - digit;
        }
        return negative ? accumulated : -accumulated;
    }

    private InvalidValueException notAnInteger() {
        return new InvalidValueException("is not an integer (" + name + ")");
    }

    @Override
    public String name() {
        return name;
    }
}
