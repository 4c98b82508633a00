package io.cloudstorage.connect.format.csv;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Time;

/**
 * ISO times of day, {@code HH:mm}, {@code HH:mm:ss} or {@code HH:mm:ss.fraction}, as Connect Times (milliseconds
 * since midnight; finer fractions are dropped, as Connect cannot hold them).
 */
final class TimeColumn extends ParsedColumn {

    static final TimeColumn INSTANCE = new TimeColumn();

    private static final Schema SCHEMA = Time.builder().optional().build();
    private static final long NANOS_PER_MILLI = 1_000_000;

    private TimeColumn() {
    }

    @Override
    public Schema schema() {
        return SCHEMA;
    }

    @Override
    protected Object parseValue(byte[] bytes, int offset, int length) throws InvalidValueException {
        try {
            return new java.util.Date(LocalTime.parse(ascii(bytes, offset, length)).toNanoOfDay() / NANOS_PER_MILLI);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("is not a time (HH:mm:ss, with optional fraction)");
        }
    }

    @Override
    public String name() {
        return "time";
    }
}
