package io.cloudstorage.connect.format.csv;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Schema;

/** ISO dates, {@code yyyy-MM-dd}, as Connect Dates (midnight UTC of that day). */
final class DateColumn extends ParsedColumn {

    static final DateColumn INSTANCE = new DateColumn();

    private static final Schema SCHEMA = Date.builder().optional().build();
    private static final long MILLIS_PER_DAY = 24L * 60 * 60 * 1000;

    private DateColumn() {
    }

    @Override
    public Schema schema() {
        return SCHEMA;
    }

    /** Reads the fixed layout straight from the bytes; {@link LocalDate#of} checks the day exists. */
    @Override
    protected Object parseValue(byte[] bytes, int offset, int length) throws InvalidValueException {
        if (length != 10 || bytes[offset + 4] != '-' || bytes[offset + 7] != '-') {
            throw notADate();
        }
        int year = digits(bytes, offset, 4);
        int month = digits(bytes, offset + 5, 2);
        int day = digits(bytes, offset + 8, 2);
        if (year < 0 || month < 0 || day < 0) {
            throw notADate();
        }
        try {
            return new java.util.Date(LocalDate.of(year, month, day).toEpochDay() * MILLIS_PER_DAY);
        } catch (DateTimeException e) {
            throw new InvalidValueException("is not a day of the calendar");
        }
    }

    private static InvalidValueException notADate() {
        return new InvalidValueException("is not a date (yyyy-MM-dd)");
    }

    @Override
    public String name() {
        return "date";
    }
}
