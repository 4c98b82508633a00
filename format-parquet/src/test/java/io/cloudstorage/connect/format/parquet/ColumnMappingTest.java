package io.cloudstorage.connect.format.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.NanoTime;
import org.apache.parquet.io.api.Binary;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    @Test
    void physicalTypesBecomeTheirConnectTypes() throws IOException {
        Struct row = row("""
                required boolean b; required int32 i; required int64 l; required float f; required double d;
                required binary raw; required fixed_len_byte_array(3) fixed;""",
                group -> group.append("b", true).append("i", -7).append("l", 1L << 40).append("f", 1.5f)
                        .append("d", -2.25).append("raw", Binary.fromConstantByteArray(new byte[] {0, -1, 2}))
                        .append("fixed", Binary.fromConstantByteArray(new byte[] {9, 8, 7})));

        assertThat(row.schema().fields()).extracting(field -> field.schema())
                .containsExactly(Schema.BOOLEAN_SCHEMA, Schema.INT32_SCHEMA, Schema.INT64_SCHEMA,
                        Schema.FLOAT32_SCHEMA, Schema.FLOAT64_SCHEMA, Schema.BYTES_SCHEMA, Schema.BYTES_SCHEMA);
        assertThat(row.getBoolean("b")).isTrue();
        assertThat(row.getInt32("i")).isEqualTo(-7);
        assertThat(row.getInt64("l")).isEqualTo(1L << 40);
        assertThat(row.getFloat32("f")).isEqualTo(1.5f);
        assertThat(row.getFloat64("d")).isEqualTo(-2.25);
        assertThat(row.getBytes("raw")).containsExactly(0, -1, 2);
        assertThat(row.getBytes("fixed")).containsExactly(9, 8, 7);
    }

    @Test
    void optionalColumnsHaveOptionalSchemasAndAreNullWhenAbsent() throws IOException {
        Struct row = row("optional int32 absent; optional binary present (STRING);",
                group -> group.append("present", "here"));

        assertThat(row.schema().field("absent").schema()).isEqualTo(Schema.OPTIONAL_INT32_SCHEMA);
        assertThat(row.get("absent")).isNull();
        assertThat(row.schema().field("present").schema()).isEqualTo(Schema.OPTIONAL_STRING_SCHEMA);
        assertThat(row.getString("present")).isEqualTo("here");
    }

    @Test
    void stringsEnumsAndJsonAreStringsAndEnumsAndJsonAreNamed() throws IOException {
        Struct row = row("required binary s (STRING); required binary e (ENUM); required binary j (JSON);",
                group -> group.append("s", "héllo 日本 😀").append("e", "RED").append("j", "{\"a\":1}"));

        assertThat(row.getString("s")).isEqualTo("héllo 日本 😀");
        assertThat(row.getString("e")).isEqualTo("RED");
        assertThat(row.getString("j")).isEqualTo("{\"a\":1}");
        assertThat(row.schema().field("s").schema()).isEqualTo(Schema.STRING_SCHEMA);
        assertThat(row.schema().field("e").schema().parameters()).containsEntry("parquet.logical.type", "ENUM");
        assertThat(row.schema().field("j").schema().parameters()).containsEntry("parquet.logical.type", "JSON");
    }

    @Test
    void uuidsAreStringsInTheirCanonicalForm() throws IOException {
        UUID uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits());

        Struct row = row("required fixed_len_byte_array(16) id (UUID);",
                group -> group.append("id", Binary.fromConstantByteArray(bytes.array())));

        assertThat(row.getString("id")).isEqualTo("123e4567-e89b-12d3-a456-426614174000");
        assertThat(row.schema().field("id").schema().type()).isEqualTo(Schema.Type.STRING);
        assertThat(row.schema().field("id").schema().parameters()).containsEntry("parquet.logical.type", "UUID");
    }

    @Test
    void halfPrecisionFloatsAreFloat32() throws IOException {
        Struct row = row("""
                required fixed_len_byte_array(2) a (FLOAT16); required fixed_len_byte_array(2) b (FLOAT16);
                required fixed_len_byte_array(2) c (FLOAT16); required fixed_len_byte_array(2) d (FLOAT16);""",
                group -> group.append("a", half(0x3E00)).append("b", half(0xC000)).append("c", half(0x0001))
                        .append("d", half(0x7C00)));

        assertThat(row.getFloat32("a")).isEqualTo(1.5f);
        assertThat(row.getFloat32("b")).isEqualTo(-2f);
        assertThat(row.getFloat32("c")).isEqualTo(Math.scalb(1f, -24));
        assertThat(row.getFloat32("d")).isEqualTo(Float.POSITIVE_INFINITY);
        assertThat(row.schema().field("a").schema().type()).isEqualTo(Schema.Type.FLOAT32);
    }

    @Test
    void decimalsOfEveryPhysicalTypeAreConnectDecimalsWithTheirPrecision() throws IOException {
        Struct row = row("""
                required int32 i (DECIMAL(9,2)); required int64 l (DECIMAL(18,4));
                required binary b (DECIMAL(30,3)); required fixed_len_byte_array(5) f (DECIMAL(10,1));""",
                group -> group.append("i", -12345).append("l", 123456789012345L)
                        .append("b", Binary.fromConstantByteArray(
                                new BigDecimal("-123456789012345678901234.567").unscaledValue().toByteArray()))
                        .append("f", Binary.fromConstantByteArray(new byte[] {0, 0, 0, 1, 0})));

        assertThat(row.get("i")).isEqualTo(new BigDecimal("-123.45"));
        assertThat(row.get("l")).isEqualTo(new BigDecimal("12345678901.2345"));
        assertThat(row.get("b")).isEqualTo(new BigDecimal("-123456789012345678901234.567"));
        assertThat(row.get("f")).isEqualTo(new BigDecimal("25.6"));
        Schema decimal = row.schema().field("b").schema();
        assertThat(decimal.name()).isEqualTo(Decimal.LOGICAL_NAME);
        assertThat(decimal.parameters()).containsEntry(Decimal.SCALE_FIELD, "3")
                .containsEntry("connect.decimal.precision", "30");
    }

    @Test
    void datesAndMillisecondTimesAndTimestampsAreConnectDateTimeAndTimestamp() throws IOException {
        Struct row = row("""
                required int32 day (DATE); required int32 time (TIME(MILLIS,true));
                required int64 instant (TIMESTAMP(MILLIS,true)); required int64 local (TIMESTAMP(MILLIS,false));""",
                group -> group.append("day", 20_419).append("time", 45_296_789)
                        .append("instant", 1_764_201_600_123L).append("local", -1_000L));

        assertThat(row.schema().field("day").schema()).isEqualTo(Date.SCHEMA);
        assertThat(row.get("day")).isEqualTo(new java.util.Date(20_419 * 86_400_000L));
        assertThat(row.schema().field("time").schema()).isEqualTo(Time.SCHEMA);
        assertThat(row.get("time")).isEqualTo(new java.util.Date(45_296_789));
        assertThat(row.schema().field("instant").schema()).isEqualTo(Timestamp.SCHEMA);
        assertThat(row.get("instant")).isEqualTo(new java.util.Date(1_764_201_600_123L));
        assertThat(row.schema().field("local").schema()).isEqualTo(Timestamp.SCHEMA);
        assertThat(row.get("local")).isEqualTo(new java.util.Date(-1_000L));
    }

    @Test
    void microsecondAndNanosecondTimesAndTimestampsAreInt64sNamingTheirUnit() throws IOException {
        Struct row = row("""
                required int64 micros (TIMESTAMP(MICROS,true)); required int64 nanos (TIMESTAMP(NANOS,false));
                required int64 timeMicros (TIME(MICROS,false)); required int64 timeNanos (TIME(NANOS,true));""",
                group -> group.append("micros", 1_764_201_600_123_456L).append("nanos", 7L)
                        .append("timeMicros", 45_296_789_012L).append("timeNanos", 1L));

        assertThat(row.getInt64("micros")).isEqualTo(1_764_201_600_123_456L);
        assertThat(row.getInt64("nanos")).isEqualTo(7L);
        assertThat(row.getInt64("timeMicros")).isEqualTo(45_296_789_012L);
        assertThat(row.getInt64("timeNanos")).isEqualTo(1L);
        assertThat(row.schema().field("micros").schema().type()).isEqualTo(Schema.Type.INT64);
        assertThat(row.schema().field("micros").schema().parameters()).isEqualTo(Map.of(
                "parquet.logical.type", "TIMESTAMP(MICROS,true)", "parquet.time.unit", "MICROS"));
        assertThat(row.schema().field("nanos").schema().parameters()).isEqualTo(Map.of(
                "parquet.logical.type", "TIMESTAMP(NANOS,false)", "parquet.time.unit", "NANOS"));
        assertThat(row.schema().field("timeMicros").schema().parameters()).isEqualTo(Map.of(
                "parquet.logical.type", "TIME(MICROS,false)", "parquet.time.unit", "MICROS"));
        assertThat(row.schema().field("timeNanos").schema().parameters())
                .containsEntry("parquet.time.unit", "NANOS");
    }

    @Test
    void legacyInt96TimestampsAreConnectTimestampsToTheMillisecond() throws IOException {
        long julianDayOf20251127 = 2_461_007L;
        long nanosOfDay = ((13 * 60 + 14) * 60 + 15) * 1_000_000_000L + 678_901_234L;

        Struct row = row("required int96 written;",
                group -> group.append("written", new NanoTime((int) julianDayOf20251127, nanosOfDay)));

        assertThat(row.schema().field("written").schema()).isEqualTo(Timestamp.SCHEMA);
        assertThat(((java.util.Date) row.get("written")).toInstant())
                .isEqualTo(java.time.Instant.parse("2025-11-27T13:14:15.678Z"));
    }

    @Test
    void signedIntegersKeepTheirWidthAndUnsignedOnesWidenSoThatEveryValueFits() throws IOException {
        Struct row = row("""
                required int32 i8 (INTEGER(8,true)); required int32 i16 (INTEGER(16,true));
                required int64 i64 (INTEGER(64,true)); required int32 u8 (INTEGER(8,false));
                required int32 u16 (INTEGER(16,false)); required int32 u32 (INTEGER(32,false));
                required int64 u64 (INTEGER(64,false));""",
                group -> group.append("i8", -128).append("i16", 32_767).append("i64", Long.MIN_VALUE)
                        .append("u8", 255).append("u16", 65_535).append("u32", -1).append("u64", -1L));

        assertThat(row.get("i8")).isEqualTo((byte) -128);
        assertThat(row.get("i16")).isEqualTo((short) 32_767);
        assertThat(row.get("i64")).isEqualTo(Long.MIN_VALUE);
        assertThat(row.get("u8")).isEqualTo((short) 255);
        assertThat(row.get("u16")).isEqualTo(65_535);
        assertThat(row.get("u32")).isEqualTo(4_294_967_295L);
        assertThat(row.get("u64")).isEqualTo(new BigDecimal("18446744073709551615"));
        assertThat(row.schema().field("i8").schema()).isEqualTo(Schema.INT8_SCHEMA);
        assertThat(row.schema().field("i16").schema()).isEqualTo(Schema.INT16_SCHEMA);
        assertThat(row.schema().field("i64").schema()).isEqualTo(Schema.INT64_SCHEMA);
        assertThat(row.schema().field("u32").schema().type()).isEqualTo(Schema.Type.INT64);
        assertThat(row.schema().field("u32").schema().parameters())
                .containsEntry("parquet.logical.type", "INTEGER(32,false)");
        assertThat(row.schema().field("u64").schema().name()).isEqualTo(Decimal.LOGICAL_NAME);
    }

    @Test
    void otherLogicalTypesAreReadAsTheirPhysicalTypeAndNamed() throws IOException {
        Struct row = row("required binary doc (BSON); required fixed_len_byte_array(12) span (INTERVAL);",
                group -> group.append("doc", Binary.fromConstantByteArray(new byte[] {5, 0, 0, 0, 0}))
                        .append("span", Binary.fromConstantByteArray(new byte[12])));

        assertThat(row.getBytes("doc")).containsExactly(5, 0, 0, 0, 0);
        assertThat(row.schema().field("doc").schema().type()).isEqualTo(Schema.Type.BYTES);
        assertThat(row.schema().field("doc").schema().parameters()).containsEntry("parquet.logical.type", "BSON");
        assertThat(row.schema().field("span").schema().parameters())
                .containsEntry("parquet.logical.type", "INTERVAL");
    }

    private static Binary half(int bits) {
        return Binary.fromConstantByteArray(
                ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) bits).array());
    }

    /** The one row of a file whose columns are {@code columns}, filled by {@code values}. */
    private static Struct row(String columns, Consumer<Group> values) throws IOException {
        ParquetFiles files = ParquetFiles.withSchema("message row { " + columns + " }");
        Group row = files.row();
        values.accept(row);
        return Reading.onlyRow(files.write(List.of(row)));
    }
}
