package io.cloudstorage.connect.format.csv;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Locale;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Timestamp;

/**
 * Timestamps as Connect Timestamps (milliseconds since the epoch; finer fractions are dropped). By default they
 * are ISO-8601 date-times, with a 'T' or a space between date and time; a pattern reads other layouts. A value
 * without an offset or zone is a time in the configured zone; one without a time of day is its start.
 */
final class TimestampColumn extends ParsedColumn {

    private static final Schema SCHEMA = Timestamp.builder().optional().build();
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffsetId().optionalEnd()
            .toFormatter(Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final int DATE_LENGTH = "yyyy-MM-dd".length();

    private final DateTimeFormatter formatter;
    private final String expected;
    private final ZoneId zone;
    /** For ISO-8601 only. */
    private final IsoTimestampShortcut shortcut;

    private TimestampColumn(DateTimeFormatter formatter, String expected, ZoneId zone) {
        this.formatter = formatter;
        this.expected = expected;
        this.zone = zone;
        this.shortcut = formatter == ISO ? new IsoTimestampShortcut(zone) : null;
    }

    /** ISO-8601 values; those without an offset are in {@code zone}. */
    static TimestampColumn iso(ZoneId zone) {
        return new TimestampColumn(ISO, "is not an ISO-8601 timestamp", zone);
    }

    /**
     * Values written as {@code pattern} (see {@link DateTimeFormatter#ofPattern(String)}); those without an offset
     * or zone are in {@code zone}.
     *
     * @throws IllegalArgumentException if the pattern is invalid
     */
    static TimestampColumn withPattern(String pattern, ZoneId zone) {
        return new TimestampColumn(DateTimeFormatter.ofPattern(pattern, Locale.ROOT),
                "does not match the timestamp pattern '" + pattern + "'", zone);
    }

    @Override
    public Schema schema() {
        return SCHEMA;
    }

    @Override
    protected Object parseValue(byte[] bytes, int offset, int length) throws InvalidValueException {
        if (shortcut != null) {
            long millis = shortcut.epochMillis(bytes, offset, length);
            if (millis != IsoTimestampShortcut.NOT_RECOGNIZED) {
                return new java.util.Date(millis);
            }
        }
        String text = ascii(bytes, offset, length);
        if (shortcut != null && length > DATE_LENGTH && text.charAt(DATE_LENGTH) == ' ') {
            text = text.substring(0, DATE_LENGTH) + 'T' + text.substring(DATE_LENGTH + 1);
        }
        try {
            // Date.from throws IllegalArgumentException for instants beyond its range.
            return java.util.Date.from(instant(formatter.parse(text)));
        } catch (DateTimeException | ArithmeticException | IllegalArgumentException e) {
            throw new InvalidValueException(expected);
        }
    }

    private Instant instant(TemporalAccessor parsed) {
        if (parsed.isSupported(ChronoField.INSTANT_SECONDS)) {
            return Instant.from(parsed);
        }
        LocalDate date = parsed.query(TemporalQueries.localDate());
        if (date == null) {
            throw new DateTimeException("No date");
        }
        LocalTime time = parsed.query(TemporalQueries.localTime());
        return date.atTime(time == null ? LocalTime.MIDNIGHT : time).atZone(zone).toInstant();
    }

    @Override
    public String name() {
        return "timestamp";
    }
}
