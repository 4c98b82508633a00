package io.cloudstorage.connect.format.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;

/**
 * Converts values read by {@link JsonTree} into Connect values of a given schema, or says which field does not fit.
 * A schema is compiled once into a tree of converters, so that no record looks up its schema's types again.
 *
 * <p>A missing or null value takes the schema's default, or is null if the schema is optional. Fields of an object
 * that the schema does not name are ignored. The JSON value is left as it was, to be shown if it does not fit.
 */
final class GivenConversion {

    /** Converts one JSON tree value. */
    @FunctionalInterface
    interface Converter {

        /** @throws ValueMismatch if the value does not fit the schema */
        Object convert(Object json);
    }

    private static final long MILLIS_PER_DAY = 86_400_000L;
    /** The most digits before the point a decimal may have: more is a mistake, and costly to compute with. */
    private static final int MAX_DECIMAL_INTEGER_DIGITS = 1000;
    /** As JSON numbers may have (Jackson's limit): longer strings are not read as decimals. */
    private static final int MAX_DECIMAL_TEXT = 1000;

    private GivenConversion() {
    }

    static Converter of(Schema schema) {
        Converter present = ofPresent(schema);
        return json -> json == null ? absent(schema) : present.convert(json);
    }

    /** Whether the schema holds decimals, which must be read exactly. */
    static boolean needsExactNumbers(Schema schema) {
        if (Decimal.LOGICAL_NAME.equals(schema.name())) {
            return true;
        }
        switch (schema.type()) {
            case ARRAY:
                return needsExactNumbers(schema.valueSchema());
            case MAP:
                return needsExactNumbers(schema.keySchema()) || needsExactNumbers(schema.valueSchema());
            case STRUCT:
                return schema.fields().stream().anyMatch(field -> needsExactNumbers(field.schema()));
            default:
                return false;
        }
    }

    private static Object absent(Schema schema) {
        if (schema.defaultValue() != null) {
            return schema.defaultValue();
        }
        if (schema.isOptional()) {
            return null;
        }
        throw new ValueMismatch("is missing or null, but the schema requires " + describe(schema));
    }

    private static Converter ofPresent(Schema schema) {
        String logicalName = schema.name() == null ? "" : schema.name();
        switch (logicalName) {
            case Decimal.LOGICAL_NAME:
                int scale = Integer.parseInt(schema.parameters().get(Decimal.SCALE_FIELD));
                return json -> toDecimal(json, scale);
            case Date.LOGICAL_NAME:
                return GivenConversion::toDate;
            case Time.LOGICAL_NAME:
                return GivenConversion::toTime;
            case Timestamp.LOGICAL_NAME:
                return GivenConversion::toTimestamp;
            default:
                break;
        }
        switch (schema.type()) {
            case INT8:
                return json -> (byte) toInteger(json, Byte.MIN_VALUE, Byte.MAX_VALUE, "int8");
            case INT16:
                return json -> (short) toInteger(json, Short.MIN_VALUE, Short.MAX_VALUE, "int16");
            case INT32:
                return json -> (int) toInteger(json, Integer.MIN_VALUE, Integer.MAX_VALUE, "int32");
            case INT64:
                return json -> toInteger(json, Long.MIN_VALUE, Long.MAX_VALUE, "int64");
            case FLOAT32:
                return GivenConversion::toFloat;
            case FLOAT64:
                return GivenConversion::toDouble;
            case BOOLEAN:
                return json -> expect(json, Boolean.class, "a boolean");
            case STRING:
                return json -> expect(json, String.class, "a string");
            case BYTES:
                return GivenConversion::toBytes;
            case ARRAY:
                return arrayOf(of(schema.valueSchema()));
            case MAP:
                return mapOf(schema.keySchema(), of(schema.keySchema()), of(schema.valueSchema()));
            case STRUCT:
                return structOf(schema);
            default:
                throw new IllegalArgumentException("Unknown schema type " + schema.type());
        }
    }

    private static <T> T expect(Object json, Class<T> type, String expected) {
        if (type.isInstance(json)) {
            return type.cast(json);
        }
        throw mismatch(expected, json);
    }

    private static long toInteger(Object json, long min, long max, String type) {
        long value;
        if (json instanceof Long number) {
            value = number;
        } else if (json instanceof BigDecimal || json instanceof BigInteger || json instanceof Double) {
            value = exactLong(json, type);
        } else {
            throw mismatch("an integer", json);
        }
        if (value < min || value > max) {
            throw new ValueMismatch(value + " is out of the range of " + type);
        }
        return value;
    }

    private static long exactLong(Object number, String type) {
        BigDecimal exact = number instanceof Double floating ? finite(floating) : asDecimal(number);
        try {
            return exact.longValueExact();
        } catch (ArithmeticException e) {
            throw new ValueMismatch(number + " is not an integer in the range of " + type);
        }
    }

    private static BigDecimal finite(Double number) {
        if (number.isInfinite()) {
            throw new ValueMismatch("the number is out of the range of float64");
        }
        return BigDecimal.valueOf(number);
    }

    private static BigDecimal asDecimal(Object number) {
        return number instanceof BigInteger integer ? new BigDecimal(integer) : (BigDecimal) number;
    }

    private static Object toDouble(Object json) {
        double value = expect(json, Number.class, "a number").doubleValue();
        if (Double.isInfinite(value)) {
            throw new ValueMismatch("the number is out of the range of float64");
        }
        return value;
    }

    private static Object toFloat(Object json) {
        float value = expect(json, Number.class, "a number").floatValue();
        if (Float.isInfinite(value)) {
            throw new ValueMismatch(json + " is out of the range of float32");
        }
        return value;
    }

    private static byte[] toBytes(Object json) {
        try {
            return Base64.getDecoder().decode(expect(json, String.class, "a base64 string"));
        } catch (IllegalArgumentException e) {
            throw new ValueMismatch("expected a base64 string: " + e.getMessage());
        }
    }

    /** A number, or a string holding one (as JSON writers do to keep a decimal's digits), at the schema's scale. */
    private static BigDecimal toDecimal(Object json, int scale) {
        BigDecimal number;
        if (json instanceof String text) {
            try {
                number = new BigDecimal(text.length() <= MAX_DECIMAL_TEXT ? text.trim() : "too long");
            } catch (NumberFormatException e) {
                throw new ValueMismatch("expected a decimal number, found the string \"" + abbreviate(text) + "\"");
            }
        } else if (json instanceof Long integer) {
            number = BigDecimal.valueOf(integer);
        } else if (json instanceof BigInteger || json instanceof BigDecimal) {
            number = asDecimal(json);
        } else if (json instanceof Double floating) {
            number = finite(floating);
        } else {
            throw mismatch("a decimal number", json);
        }
        if (number.precision() - number.scale() > MAX_DECIMAL_INTEGER_DIGITS) {
            throw new ValueMismatch("the decimal has more than " + MAX_DECIMAL_INTEGER_DIGITS
                    + " digits before the point");
        }
        try {
            return number.setScale(scale);
        } catch (ArithmeticException e) {
            throw new ValueMismatch(number + " has more decimal places than the schema's scale " + scale);
        }
    }

    /** Days since 1970-01-01, or an ISO-8601 date such as 2026-11-27. */
    private static java.util.Date toDate(Object json) {
        if (json instanceof String text) {
            try {
                return new java.util.Date(LocalDate.parse(text).toEpochDay() * MILLIS_PER_DAY);
            } catch (DateTimeException e) {
                throw new ValueMismatch("expected an ISO-8601 date such as 2026-11-27, found \"" + abbreviate(text)
                        + "\"");
            }
        }
        long days = toInteger(json, Integer.MIN_VALUE, Integer.MAX_VALUE, "a date (days since 1970-01-01)");
        return new java.util.Date(days * MILLIS_PER_DAY);
    }

    /** Milliseconds since midnight, or an ISO-8601 time such as 10:15:30.250 (finer digits are dropped). */
    private static java.util.Date toTime(Object json) {
        if (json instanceof String text) {
            try {
                return new java.util.Date(LocalTime.parse(text).toNanoOfDay() / 1_000_000);
            } catch (DateTimeException e) {
                throw new ValueMismatch("expected an ISO-8601 time such as 10:15:30, found \"" + abbreviate(text)
                        + "\"");
            }
        }
        return new java.util.Date(toInteger(json, 0, MILLIS_PER_DAY - 1, "a time (milliseconds since midnight)"));
    }

    /** Milliseconds since 1970-01-01T00:00:00Z, or an ISO-8601 instant such as 2026-11-27T10:15:30Z. */
    private static java.util.Date toTimestamp(Object json) {
        if (json instanceof String text) {
            try {
                return new java.util.Date(Instant.parse(text).toEpochMilli());
            } catch (DateTimeException | ArithmeticException e) {
                throw new ValueMismatch("expected an ISO-8601 timestamp with an offset such as "
                        + "2026-11-27T10:15:30Z, found \"" + abbreviate(text) + "\"");
            }
        }
        return new java.util.Date(toInteger(json, Long.MIN_VALUE, Long.MAX_VALUE,
                "a timestamp (milliseconds since 1970-01-01T00:00:00Z)"));
    }

    private static Converter arrayOf(Converter elements) {
        return json -> {
            List<?> array = expect(json, List.class, "an array");
            List<Object> converted = new ArrayList<>(array.size());
            for (Object element : array) {
                try {
                    converted.add(elements.convert(element));
                } catch (ValueMismatch e) {
                    throw e.atIndex(converted.size());
                }
            }
            return converted;
        };
    }

    /**
     * Maps whose keys are strings are JSON objects; maps with other keys are arrays of [key, value] pairs, as
     * Kafka's JsonConverter writes them.
     */
    private static Converter mapOf(Schema keySchema, Converter keys, Converter values) {
        boolean stringKeys = keySchema.type() == Schema.Type.STRING;
        return json -> {
            if (json instanceof Map<?, ?> object && stringKeys) {
                Map<Object, Object> map = new LinkedHashMap<>(capacityFor(object.size()));
                for (Map.Entry<?, ?> entry : object.entrySet()) {
                    try {
                        map.put(entry.getKey(), values.convert(entry.getValue()));
                    } catch (ValueMismatch e) {
                        throw e.inField((String) entry.getKey());
                    }
                }
                return map;
            }
            if (json instanceof List<?> pairs) {
                return mapOfPairs(pairs, keys, values);
            }
            throw mismatch(stringKeys ? "an object" : "an array of [key, value] pairs", json);
        };
    }

    private static Map<Object, Object> mapOfPairs(List<?> pairs, Converter keys, Converter values) {
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            if (!(pairs.get(i) instanceof List<?> pair) || pair.size() != 2) {
                throw new ValueMismatch("expected a [key, value] pair").atIndex(i);
            }
            try {
                map.put(keys.convert(pair.get(0)), values.convert(pair.get(1)));
            } catch (ValueMismatch e) {
                throw e.atIndex(i);
            }
        }
        return map;
    }

    private static Converter structOf(Schema schema) {
        List<Field> fields = schema.fields();
        Converter[] converters = fields.stream().map(field -> of(field.schema())).toArray(Converter[]::new);
        return json -> {
            Map<?, ?> object = expect(json, Map.class, "an object");
            Struct struct = new Struct(schema);
            for (int i = 0; i < converters.length; i++) {
                Field field = fields.get(i);
                Object value;
                try {
                    value = converters[i].convert(object.get(field.name()));
                } catch (ValueMismatch e) {
                    throw e.inField(field.name());
                }
                if (value != null) {
                    struct.put(field, value);
                }
            }
            return struct;
        };
    }

    private static ValueMismatch mismatch(String expected, Object found) {
        return new ValueMismatch("expected " + expected + ", found " + describeJson(found));
    }

    private static String describeJson(Object json) {
        if (json instanceof String) {
            return "a string";
        } else if (json instanceof Long || json instanceof BigInteger) {
            return "an integer";
        } else if (json instanceof Number) {
            return "a number with a fraction or exponent";
        } else if (json instanceof Boolean) {
            return "a boolean";
        } else if (json instanceof Map) {
            return "an object";
        } else if (json instanceof List) {
            return "an array";
        }
        return "null";
    }

    static String describe(Schema schema) {
        if (schema.name() != null && schema.name().startsWith("org.apache.kafka.connect.data.")) {
            return schema.name().substring("org.apache.kafka.connect.data.".length()).toLowerCase(Locale.ROOT);
        }
        return schema.type().getName();
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    private static int capacityFor(int entries) {
        return (int) Math.ceil(entries / 0.75);
    }
}
