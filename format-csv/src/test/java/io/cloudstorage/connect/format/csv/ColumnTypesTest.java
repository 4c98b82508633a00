package io.cloudstorage.connect.format.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;

import org.apache.kafka.connect.data.ConnectSchema;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Time;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How field text becomes values of each column type, and which text is not a value of it. */
class ColumnTypesTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void stringsAreDecodedAsUtf8AndEmptyIsNullOrEmptyAsConfigured() throws InvalidValueException {
        assertThat(parse(TextColumn.emptyAsNull(), "héllo 日本")).isEqualTo("héllo 日本");
        assertThat(parse(TextColumn.emptyAsNull(), "")).isNull();
        assertThat(parse(TextColumn.emptyAsEmptyString(), "")).isEqualTo("");
        assertThat(parse(TextColumn.emptyAsNull(), " ")).isEqualTo(" ");
    }

    @Test
    void booleansAreTrueFalseInAnyCaseOrOneAndZero() throws InvalidValueException {
        for (String text : new String[] {"true", "TRUE", "True", "1", " true "}) {
            assertThat(parse(BooleanColumn.INSTANCE, text)).as(text).isEqualTo(true);
        }
        for (String text : new String[] {"false", "FALSE", "0"}) {
            assertThat(parse(BooleanColumn.INSTANCE, text)).as(text).isEqualTo(false);
        }
        assertThat(parse(BooleanColumn.INSTANCE, "  ")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "t", "2", "truee", "fals"})
    void otherTextIsNotABoolean(String text) {
        assertInvalid(BooleanColumn.INSTANCE, text, "is not a boolean");
    }

    @Test
    void integersKeepTheirSignAndEdgeValues() throws InvalidValueException {
        assertThat(parse(IntegerColumn.INT32, "42")).isEqualTo(42);
        assertThat(parse(IntegerColumn.INT32, "+7")).isEqualTo(7);
        assertThat(parse(IntegerColumn.INT32, " -0012 ")).isEqualTo(-12);
        assertThat(parse(IntegerColumn.INT32, "2147483647")).isEqualTo(Integer.MAX_VALUE);
        assertThat(parse(IntegerColumn.INT32, "-2147483648")).isEqualTo(Integer.MIN_VALUE);
        assertThat(parse(IntegerColumn.INT64, "9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        assertThat(parse(IntegerColumn.INT64, "-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void integersBeyondTheirTypeAreOutOfRange() {
        assertInvalid(IntegerColumn.INT32, "2147483648", "is out of the range of int32");
        assertInvalid(IntegerColumn.INT32, "-2147483649", "is out of the range of int32");
        assertInvalid(IntegerColumn.INT64, "9223372036854775808", "is out of the range of int64");
        assertInvalid(IntegerColumn.INT64, "-9223372036854775809", "is out of the range of int64");
        assertInvalid(IntegerColumn.INT64, "99999999999999999999999", "is out of the range of int64");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1e3", "-", "+", "1 2", "0x10", "١٢", "12a"})
    void otherTextIsNotAnInteger(String text) {
        assertInvalid(IntegerColumn.INT64, text, "is not an integer (int64)");
    }

    @Test
    void floatsAcceptDecimalsExponentsNanAndInfinity() throws InvalidValueException {
        assertThat(parse(FloatColumn.FLOAT64, "1.5")).isEqualTo(1.5);
        assertThat(parse(FloatColumn.FLOAT64, "-2.5e-3")).isEqualTo(-0.0025);
        assertThat(parse(FloatColumn.FLOAT64, ".5")).isEqualTo(0.5);
        assertThat(parse(FloatColumn.FLOAT64, "NaN")).isEqualTo(Double.NaN);
        assertThat(parse(FloatColumn.FLOAT64, "-Infinity")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(parse(FloatColumn.FLOAT32, "3.25")).isEqualTo(3.25f);
        assertThat(parse(FloatColumn.FLOAT32, "Infinity")).isEqualTo(Float.POSITIVE_INFINITY);
    }

    @Test
    void aFloat32BeyondItsRangeIsOutOfRange() {
        assertInvalid(FloatColumn.FLOAT32, "1e39", "is out of the range of float32");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5f", "2d", "0x1p3", "one", "1,5", "1.2.3"})
    void javaOnlySyntaxAndOtherTextIsNotAFloat(String text) {
        assertInvalid(FloatColumn.FLOAT64, text, "is not a number (float64)");
    }

    @Test
    void decimalsGetTheColumnsScaleWithoutRounding() throws InvalidValueException {
        DecimalColumn column = new DecimalColumn(10, 2);

        assertThat(parse(column, "1.5")).isEqualTo(new BigDecimal("1.50"));
        assertThat(parse(column, "-12345678.99")).isEqualTo(new BigDecimal("-12345678.99"));
        assertThat(parse(column, "1.500000")).isEqualTo(new BigDecimal("1.50"));
        assertThat(parse(column, "2E+3")).isEqualTo(new BigDecimal("2000.00"));
        assertThat(parse(column, "0E+100")).isEqualTo(new BigDecimal("0.00"));
        assertThat(((BigDecimal) parse(column, "7")).scale()).isEqualTo(2);
    }

    @Test
    void aDecimalWithMoreDigitsThanItsColumnAllowsIsInvalid() {
        DecimalColumn column = new DecimalColumn(10, 2);

        assertInvalid(column, "1.005", "has more than 2 digits after the decimal point (decimal(10,2))");
        assertInvalid(column, "123456789", "has more than 8 digits before the decimal point (decimal(10,2))");
        assertInvalid(column, "1E-999999999", "has more than 2 digits after the decimal point");
        assertInvalid(column, "1E+999999999", "has more than 8 digits before the decimal point");
        assertInvalid(column, "1,5", "is not a decimal number (decimal(10,2))");
    }

    @Test
    void decimalsAreValidConnectDecimalsThatCarryTheirPrecision() throws InvalidValueException {
        DecimalColumn column = new DecimalColumn(5, 3);

        Object value = parse(column, "12.5");
        ConnectSchema.validateValue(column.schema(), value);
        assertThat(column.schema().name()).isEqualTo(Decimal.LOGICAL_NAME);
        assertThat(column.schema().parameters()).containsEntry(Decimal.SCALE_FIELD, "3")
                .containsEntry("connect.decimal.precision", "5");
        assertThat(Decimal.fromLogical(column.schema(), (BigDecimal) value)).isNotEmpty();
    }

    @Test
    void datesAreIsoDaysAtMidnightUtc() throws InvalidValueException {
        Date date = (Date) parse(DateColumn.INSTANCE, "2026-11-27");

        assertThat(date.toInstant()).isEqualTo(Instant.parse("2026-11-27T00:00:00Z"));
        assertThat(((Date) parse(DateColumn.INSTANCE, "1969-12-31")).getTime()).isEqualTo(-86_400_000L);
        org.apache.kafka.connect.data.Date.fromLogical(DateColumn.INSTANCE.schema(), date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-1-27", "27/11/2026", "2026-11-27T00:00", "20261127", "2026-11-2x"})
    void otherTextIsNotADate(String text) {
        assertInvalid(DateColumn.INSTANCE, text, "is not a date (yyyy-MM-dd)");
    }

    @Test
    void aDateThatIsNotADayOfTheCalendarIsInvalid() {
        assertInvalid(DateColumn.INSTANCE, "2026-02-30", "is not a day of the calendar");
        assertInvalid(DateColumn.INSTANCE, "2026-13-01", "is not a day of the calendar");
    }

    @Test
    void timesAreMillisecondsSinceMidnightWithFinerDigitsDropped() throws InvalidValueException {
        assertThat(((Date) parse(TimeColumn.INSTANCE, "10:15")).getTime()).isEqualTo(36_900_000L);
        assertThat(((Date) parse(TimeColumn.INSTANCE, "10:15:30")).getTime()).isEqualTo(36_930_000L);
        Date precise = (Date) parse(TimeColumn.INSTANCE, "10:15:30.123987");
        assertThat(precise.getTime()).isEqualTo(36_930_123L);
        Time.fromLogical(TimeColumn.INSTANCE.schema(), precise);
    }

    @ParameterizedTest
    @ValueSource(strings = {"25:00", "10h15", "10:15:30Z", "noon"})
    void otherTextIsNotATime(String text) {
        assertInvalid(TimeColumn.INSTANCE, text, "is not a time");
    }

    @Test
    void isoTimestampsTakeTheirOffsetOrTheConfiguredZone() throws InvalidValueException {
        TimestampColumn utc = TimestampColumn.iso(UTC);
        TimestampColumn paris = TimestampColumn.iso(ZoneId.of("Europe/Paris"));

        assertThat(instant(utc, "2026-11-27T10:15:30Z")).isEqualTo("2026-11-27T10:15:30Z");
        assertThat(instant(utc, "2026-11-27T10:15:30.123+01:00")).isEqualTo("2026-11-27T09:15:30.123Z");
        assertThat(instant(utc, "2026-11-27 10:15:30")).isEqualTo("2026-11-27T10:15:30Z");
        assertThat(instant(utc, "2026-11-27t10:15z")).isEqualTo("2026-11-27T10:15:00Z");
        assertThat(instant(paris, "2026-11-27T10:15:30")).isEqualTo("2026-11-27T09:15:30Z");
        assertThat(instant(paris, "2026-11-27T10:15:30Z")).isEqualTo("2026-11-27T10:15:30Z");
        assertThat(instant(utc, "2026-11-27T10:15:30.123456789Z")).isEqualTo("2026-11-27T10:15:30.123Z");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-27", "2026-11-27T25:00:00Z", "1764238530", "2026-11-27T10:15:30+0100",
        "27/11/2026 10:15"})
    void otherTextIsNotAnIsoTimestamp(String text) {
        assertInvalid(TimestampColumn.iso(UTC), text, "is not an ISO-8601 timestamp");
    }

    @Test
    void aPatternReadsOtherTimestampLayoutsInTheConfiguredZone() throws InvalidValueException {
        ZoneId paris = ZoneId.of("Europe/Paris");

        assertThat(instant(TimestampColumn.withPattern("dd/MM/yyyy HH:mm:ss", paris), "27/11/2026 10:15:30"))
                .isEqualTo("2026-11-27T09:15:30Z");
        assertThat(instant(TimestampColumn.withPattern("yyyy-MM-dd HH:mm:ss XXX", paris), "2026-11-27 10:15:30 Z"))
                .isEqualTo("2026-11-27T10:15:30Z");
        assertThat(instant(TimestampColumn.withPattern("dd/MM/yyyy", UTC), "27/11/2026"))
                .isEqualTo("2026-11-27T00:00:00Z");
        assertInvalid(TimestampColumn.withPattern("dd/MM/yyyy", UTC), "2026-11-27",
                "does not match the timestamp pattern 'dd/MM/yyyy'");
        assertInvalid(TimestampColumn.withPattern("HH:mm", UTC), "10:15",
                "does not match the timestamp pattern 'HH:mm'");
    }

    private static String instant(TimestampColumn column, String text) throws InvalidValueException {
        Date value = (Date) parse(column, text);
        ConnectSchema.validateValue(column.schema(), value);
        return value.toInstant().toString();
    }

    private static Object parse(ColumnType type, String text) throws InvalidValueException {
        byte[] padded = ("<" + text + ">").getBytes(UTF_8);
        return type.parse(padded, 1, padded.length - 2);
    }

    /** The text is invalid, with a message starting with {@code problem}. */
    private static void assertInvalid(ColumnType type, String text, String problem) {
        assertThatThrownBy(() -> parse(type, text)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith(problem);
    }
}
