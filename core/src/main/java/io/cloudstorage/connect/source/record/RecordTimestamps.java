package io.cloudstorage.connect.source.record;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Date;
import java.util.Optional;

/**
 * Makes a record's timestamp as {@code record.timestamp} says. A field may hold a Connect timestamp or date, a whole
 * number of milliseconds since the epoch (also as a string of digits), or a string: ISO-8601 with an offset or
 * {@code Z} by default, else parsed with the configured pattern (in UTC when the pattern has no zone).
 */
public final class RecordTimestamps {

    private final TimestampMode mode;
    private final FieldPath field;
    private final DateTimeFormatter pattern;

    private RecordTimestamps(TimestampMode mode, FieldPath field, DateTimeFormatter pattern) {
        this.mode = mode;
        this.field = field;
        this.pattern = pattern;
    }

    public static RecordTimestamps of(TimestampMode mode) {
        return new RecordTimestamps(mode, null, null);
    }

    /**
     * @param pattern a {@link DateTimeFormatter} pattern for string values, or {@code null} for ISO-8601
     * @throws IllegalArgumentException if the pattern is not valid
     */
    public static RecordTimestamps ofField(FieldPath field, String pattern) {
        return new RecordTimestamps(TimestampMode.FIELD, field,
                pattern == null ? null : DateTimeFormatter.ofPattern(pattern).withZone(ZoneOffset.UTC));
    }

    /**
     * The timestamp in milliseconds since the epoch, or {@code null} to let Kafka's producer set the time it sends.
     *
     * @param lastModified the object's last-modified time in milliseconds since the epoch, boxed once for all the
     *                     records of the object
     * @throws InvalidRecordException if the field is missing, null, or holds no time this can read
     */
    public Long timestamp(Long lastModified, Object value) throws InvalidRecordException {
        switch (mode) {
            case OBJECT_LAST_MODIFIED:
                return lastModified;
            case INGESTION:
                return null;
            default:
                Optional<FieldPath.Found> found = field.find(value);
                if (found.isEmpty() || found.get().value() == null) {
                    throw new InvalidRecordException("The record has no value in field '" + field
                            + "' for its timestamp (record.timestamp.field)");
                }
                return toMillis(found.get().value());
        }
    }

    private long toMillis(Object value) throws InvalidRecordException {
        if (value instanceof Date date) {
            return date.getTime();
        }
        if (value instanceof Long || value instanceof Integer) {
            return ((Number) value).longValue();
        }
        if (value instanceof String text) {
            return parse(text.trim());
        }
        throw new InvalidRecordException("The timestamp field '" + field + "' holds " + value.getClass()
                .getSimpleName() + " " + value + ", not a time: use a string, a whole number of milliseconds "
                + "since the epoch, or a Connect timestamp");
    }

    private long parse(String text) throws InvalidRecordException {
        if (!text.isEmpty() && text.chars().allMatch(Character::isDigit) && text.length() <= 18) {
            return Long.parseLong(text);
        }
        try {
            if (pattern == null) {
                return OffsetDateTime.parse(text).toInstant().toEpochMilli();
            }
            return toInstant(pattern.parse(text)).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new InvalidRecordException("The timestamp field '" + field + "' holds '" + text + "', which is not "
                    + (pattern == null ? "an ISO-8601 time with an offset, such as 2026-11-27T10:15:30Z"
                    : "a time of the pattern set in record.timestamp.format") + " (" + e.getMessage() + ")");
        }
    }

    /** The pattern may hold a zone, a date and time, or only a date; what it lacks is UTC and midnight. */
    private static Instant toInstant(TemporalAccessor parsed) {
        LocalDate date = parsed.query(TemporalQueries.localDate());
        if (date == null) {
            throw new DateTimeParseException("The pattern gives no date", "", 0);
        }
        LocalDateTime dateTime = Optional.ofNullable(parsed.query(TemporalQueries.localTime()))
                .map(date::atTime).orElse(date.atStartOfDay());
        ZoneOffset offset = Optional.ofNullable(parsed.query(TemporalQueries.zone()))
                .map(zone -> zone.getRules().getOffset(dateTime)).orElse(ZoneOffset.UTC);
        return dateTime.toInstant(offset);
    }
}
