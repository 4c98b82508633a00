package io.cloudstorage.connect.format.csv;

import org.apache.kafka.connect.data.Schema;

/** {@code true} or {@code false} in any case, or {@code 1} or {@code 0}. */
final class BooleanColumn extends ParsedColumn {

    static final BooleanColumn INSTANCE = new BooleanColumn();

    private BooleanColumn() {
    }

    @Override
    public Schema schema() {
        return Schema.OPTIONAL_BOOLEAN_SCHEMA;
    }

    @Override
    protected Object parseValue(byte[] bytes, int offset, int length) throws InvalidValueException {
        if (length == 1 && bytes[offset] == '1' || matches(bytes, offset, length, "true")) {
            return Boolean.TRUE;
        }
        if (length == 1 && bytes[offset] == '0' || matches(bytes, offset, length, "false")) {
            return Boolean.FALSE;
        }
        throw new InvalidValueException("is not a boolean (true, false, 1 or 0)");
    }

    private static boolean matches(byte[] bytes, int offset, int length, String lowerCase) {
        if (length != lowerCase.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if ((bytes[offset + i] | 0x20) != lowerCase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String name() {
        return "boolean";
    }
}
