package io.cloudstorage.connect.format.csv;

import static io.cloudstorage.connect.format.csv.ParsedColumn.digits;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * Reads the usual shapes of ISO-8601 timestamps straight from their bytes, {@code yyyy-MM-dd} then 'T' or a space
 * then {@code HH:mm[:ss[.fraction]]} then nothing, {@code Z} or {@code ±HH:MM}, about twenty times faster than a
 * DateTimeFormatter. It answers only for text it fully understands and leaves everything else, valid or not, to
 * the formatter, so that both always agree.
 */
final class IsoTimestampShortcut {

    /** What {@link #epochMillis} returns for text it leaves to the formatter. */
    static final long NOT_RECOGNIZED = Long.MIN_VALUE;

    private static final int SECONDS_PER_DAY = 24 * 60 * 60;
    private static final int MAX_OFFSET_HOURS = 18;

    private final ZoneId zone;
    /** The zone's offset if it never changes (as for UTC), which saves looking up its rules for every value. */
    private final Integer fixedOffsetSeconds;

    IsoTimestampShortcut(ZoneId zone) {
        this.zone = zone;
        ZoneRules rules = zone.getRules();
        this.fixedOffsetSeconds = rules.isFixedOffset() ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : null;
    }

    /** Milliseconds since the epoch, or {@link #NOT_RECOGNIZED}. */
    long epochMillis(byte[] bytes, int offset, int length) {
        int end = offset + length;
        if (length < 16 || bytes[offset + 4] != '-' || bytes[offset + 7] != '-' || bytes[offset + 13] != ':'
                || !isDateTimeSeparator(bytes[offset + 10])) {
            return NOT_RECOGNIZED;
        }
        int year = digits(bytes, offset, 4);
        int month = digits(bytes, offset + 5, 2);
        int day = digits(bytes, offset + 8, 2);
        int hour = digits(bytes, offset + 11, 2);
        int minute = digits(bytes, offset + 14, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59) {
            return NOT_RECOGNIZED;
        }
        int i = offset + 16;
        int second = 0;
        int nanos = 0;
        if (i < end && bytes[i] == ':') {
            second = i + 3 <= end ? digits(bytes, i + 1, 2) : -1;
            if (second < 0 || second > 59) {
                return NOT_RECOGNIZED;
            }
            i += 3;
            if (i < end && bytes[i] == '.') {
                int fractionEnd = i + 1;
                while (fractionEnd < end && isDigit(bytes[fractionEnd])) {
                    fractionEnd++;
                }
                int fractionDigits = fractionEnd - i - 1;
                if (fractionDigits < 1 || fractionDigits > 9) {
                    return NOT_RECOGNIZED;
                }
                nanos = digits(bytes, i + 1, fractionDigits);
                for (int d = fractionDigits; d < 9; d++) {
                    nanos *= 10;
                }
                i = fractionEnd;
            }
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return NOT_RECOGNIZED;
        }
        long localSeconds = epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
        long offsetSeconds;
        if (i == end) {
            if (fixedOffsetSeconds == null) {
                return LocalDateTime.of(year, month, day, hour, minute, second, nanos).atZone(zone).toInstant()
                        .toEpochMilli();
            }
            offsetSeconds = fixedOffsetSeconds;
        } else {
            offsetSeconds = offsetSeconds(bytes, i, end);
            if (offsetSeconds == NOT_RECOGNIZED) {
                return NOT_RECOGNIZED;
            }
        }
        return (localSeconds - offsetSeconds) * 1000 + nanos / 1_000_000;
    }

    /** The seconds of {@code Z} or {@code ±HH:MM} filling bytes[from, end), or {@link #NOT_RECOGNIZED}. */
    private static long offsetSeconds(byte[] bytes, int from, int end) {
        if (end - from == 1 && (bytes[from] == 'Z' || bytes[from] == 'z')) {
            return 0;
        }
        if (end - from != 6 || bytes[from] != '+' && bytes[from] != '-' || bytes[from + 3] != ':') {
            return NOT_RECOGNIZED;
        }
        int hours = digits(bytes, from + 1, 2);
        int minutes = digits(bytes, from + 4, 2);
        if (hours < 0 || hours > MAX_OFFSET_HOURS || minutes < 0 || minutes > 59
                || hours == MAX_OFFSET_HOURS && minutes > 0) {
            return NOT_RECOGNIZED;
        }
        long seconds = hours * 3600L + minutes * 60L;
        return bytes[from] == '-' ? -seconds : seconds;
    }

    private static boolean isDateTimeSeparator(byte b) {
        return b == 'T' || b == 't' || b == ' ';
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
