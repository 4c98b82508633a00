package io.cloudstorage.connect.format.csv;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shortcut agrees with java.time on every text it recognizes, rejects none that java.time accepts in the
 * shapes it is for, and recognizes nothing java.time rejects.
 */
class IsoTimestampShortcutTest {

    private static final String[] OFFSETS = {"", "", "Z", "z", "+01:00", "-05:30", "+18:00", "+18:30", "+19:00",
        "+01", "+0100", "+01:00:30", "Z ", "X"};
    private static final String[] SEPARATORS = {"T", "T", "t", " ", "x"};

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Europe/Paris", "+05:30", "America/New_York"})
    void agreesWithJavaTimeOnGeneratedTimestamps(String zoneId) {
        ZoneId zone = ZoneId.of(zoneId);
        IsoTimestampShortcut shortcut = new IsoTimestampShortcut(zone);
        Random random = new Random(zoneId.hashCode());
        int recognized = 0;
        int wellFormed = 0;
        for (int n = 0; n < 50_000; n++) {
            String text = generated(random);
            Long expected = javaTime(text, zone);
            long actual = shortcut.epochMillis(text.getBytes(US_ASCII), 0, text.length());
            if (actual != IsoTimestampShortcut.NOT_RECOGNIZED) {
                recognized++;
                assertThat(actual).as(text).isEqualTo(expected);
            }
            if (expected != null && isUsualShape(text)) {
                wellFormed++;
                assertThat(actual).as("recognizes %s", text).isNotEqualTo(IsoTimestampShortcut.NOT_RECOGNIZED);
            }
        }
        assertThat(recognized).isGreaterThan(2_500);
        assertThat(wellFormed).isGreaterThan(2_500);
    }

    private static String generated(Random random) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14),
                random.nextInt(33)));
        text.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
        text.append(String.format(Locale.ROOT, "%02d:%02d", random.nextInt(26), random.nextInt(61)));
        if (random.nextInt(5) > 0) {
            text.append(String.format(Locale.ROOT, ":%02d", random.nextInt(61)));
            if (random.nextBoolean()) {
                text.append('.');
                int digits = random.nextInt(11);
                for (int i = 0; i < digits; i++) {
                    text.append(random.nextInt(10));
                }
            }
        }
        return text.append(OFFSETS[random.nextInt(OFFSETS.length)]).toString();
    }

    /** The instant java.time reads, in milliseconds, or null if it rejects the text. */
    private static Long javaTime(String text, ZoneId zone) {
        String iso = text.toUpperCase(Locale.ROOT);
        if (iso.length() > 10 && iso.charAt(10) == ' ') {
            iso = iso.substring(0, 10) + 'T' + iso.substring(11);
        }
        try {
            return OffsetDateTime.parse(iso).toInstant().toEpochMilli();
        } catch (DateTimeException withoutOffset) {
            try {
                return LocalDateTime.parse(iso).atZone(zone).toInstant().toEpochMilli();
            } catch (DateTimeException invalid) {
                return null;
            }
        }
    }

    /** The shapes the shortcut is for: no offset, Z, or ±HH:MM. */
    private static boolean isUsualShape(String text) {
        return text.matches("\\d{4}-\\d\\d-\\d\\d[Tt ]\\d\\d:\\d\\d(:\\d\\d(\\.\\d{1,9})?)?([Zz]|[+-]\\d\\d:\\d\\d)?");
    }
}
