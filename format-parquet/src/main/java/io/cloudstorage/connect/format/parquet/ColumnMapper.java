package io.cloudstorage.connect.format.parquet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.LongFunction;

import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DateLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.EnumLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.Float16LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.JsonLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.StringLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.UUIDLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * Maps one Parquet column to a Connect schema and converts its values. A logical type becomes the Connect type
 * that holds its values exactly (Decimal, Date, Time, Timestamp, a string, a wider integer); a logical type that
 * Connect has no type for is read as its physical type, and the schema names it in the parameter
 * {@value #LOGICAL_TYPE}.
 */
final class ColumnMapper {

    /** The Parquet logical type of a column whose Connect type does not say it, as Parquet writes it. */
    private static final String LOGICAL_TYPE = "parquet.logical.type";
    /** The unit of a time or timestamp read as a number: {@code MICROS} or {@code NANOS}. */
    private static final String TIME_UNIT = "parquet.time.unit";
    /** The parameter of Connect's Decimal that converters (Avro, Protobuf) read the precision from. */
    private static final String DECIMAL_PRECISION = "connect.decimal.precision";

    private static final long MILLIS_PER_DAY = 86_400_000L;
    private static final long NANOS_PER_MILLI = 1_000_000L;
    /** The Julian day of 1970-01-01, which INT96 timestamps count days from. */
    private static final long UNIX_EPOCH_JULIAN_DAY = 2_440_588L;
    private static final int UUID_BYTES = 16;
    private static final int FLOAT16_BYTES = 2;
    private static final int UNSIGNED_INT64_DIGITS = 20;

    private final PrimitiveType type;
    private final PrimitiveTypeName physical;
    private final LogicalTypeAnnotation logical;
    private final boolean optional;

    ColumnMapper(PrimitiveType type, boolean optional) {
        this.type = type;
        this.physical = type.getPrimitiveTypeName();
        this.logical = type.getLogicalTypeAnnotation();
        this.optional = optional;
    }

    ColumnMapping mapping() {
        ColumnMapping mapping = logical == null ? null : logical();
        return mapping != null ? mapping : physical();
    }

    /** The mapping for the logical type, or null if the column is read as its physical type. */
    private ColumnMapping logical() {
        if (logical instanceof StringLogicalTypeAnnotation && isBinary()) {
            return binaries(SchemaBuilder.string(), Binary::toStringUsingUTF8);
        }
        if ((logical instanceof EnumLogicalTypeAnnotation || logical instanceof JsonLogicalTypeAnnotation)
                && isBinary()) {
            return binaries(named(SchemaBuilder.string()), Binary::toStringUsingUTF8);
        }
        if (logical instanceof UUIDLogicalTypeAnnotation && isFixed(UUID_BYTES)) {
            return binaries(named(SchemaBuilder.string()), ColumnMapper::uuid);
        }
        if (logical instanceof Float16LogicalTypeAnnotation && isFixed(FLOAT16_BYTES)) {
            return binaries(named(SchemaBuilder.float32()), ColumnMapper::float16);
        }
        if (logical instanceof DecimalLogicalTypeAnnotation decimal) {
            return decimal(decimal.getScale(), decimal.getPrecision());
        }
        if (logical instanceof DateLogicalTypeAnnotation && physical == PrimitiveTypeName.INT32) {
            return ints(Date.builder(), days -> new java.util.Date(days * MILLIS_PER_DAY));
        }
        if (logical instanceof TimeLogicalTypeAnnotation time) {
            return time.getUnit() == TimeUnit.MILLIS && physical == PrimitiveTypeName.INT32
                    ? ints(Time.builder(), java.util.Date::new)
                    : finerThanMillis(time.getUnit());
        }
        if (logical instanceof TimestampLogicalTypeAnnotation timestamp) {
            return timestamp.getUnit() == TimeUnit.MILLIS && physical == PrimitiveTypeName.INT64
                    ? longs(Timestamp.builder(), java.util.Date::new)
                    : finerThanMillis(timestamp.getUnit());
        }
        if (logical instanceof IntLogicalTypeAnnotation integer) {
            return integer(integer.getBitWidth(), integer.isSigned());
        }
        return null;
    }

    private ColumnMapping decimal(int scale, int precision) {
        SchemaBuilder schema = Decimal.builder(scale).parameter(DECIMAL_PRECISION, Integer.toString(precision));
        return switch (physical) {
            case INT32 -> ints(schema, unscaled -> BigDecimal.valueOf(unscaled, scale));
            case INT64 -> longs(schema, unscaled -> BigDecimal.valueOf(unscaled, scale));
            case BINARY, FIXED_LEN_BYTE_ARRAY ->
                    binaries(schema, unscaled -> new BigDecimal(new BigInteger(unscaled.getBytesUnsafe()), scale));
            default -> null;
        };
    }

    /** Connect's Time and Timestamp hold milliseconds: finer times are kept as numbers, to lose nothing. */
    private ColumnMapping finerThanMillis(TimeUnit unit) {
        return unit != TimeUnit.MILLIS && physical == PrimitiveTypeName.INT64
                ? longs(named(SchemaBuilder.int64()).parameter(TIME_UNIT, unit.name()), Long::valueOf)
                : null;
    }

    /** Unsigned integers become the next wider signed type, so that every value fits. */
    private ColumnMapping integer(int bits, boolean signed) {
        if (physical == PrimitiveTypeName.INT64) {
            return signed
                    ? longs(SchemaBuilder.int64(), Long::valueOf)
                    : longs(named(Decimal.builder(0)).parameter(DECIMAL_PRECISION,
                            Integer.toString(UNSIGNED_INT64_DIGITS)), ColumnMapper::unsigned);
        }
        if (physical != PrimitiveTypeName.INT32) {
            return null;
        }
        if (signed) {
            return switch (bits) {
                case 8 -> ints(SchemaBuilder.int8(), value -> (byte) value);
                case 16 -> ints(SchemaBuilder.int16(), value -> (short) value);
                default -> ints(SchemaBuilder.int32(), Integer::valueOf);
            };
        }
        return switch (bits) {
            case 8 -> ints(named(SchemaBuilder.int16()), value -> (short) value);
            case 16 -> ints(named(SchemaBuilder.int32()), Integer::valueOf);
            default -> ints(named(SchemaBuilder.int64()), Integer::toUnsignedLong);
        };
    }

    /** The mapping by physical type; a logical type it does not express is named in a schema parameter. */
    private ColumnMapping physical() {
        return switch (physical) {
            case BOOLEAN -> new ColumnMapping(finish(named(SchemaBuilder.bool())), sink -> new PrimitiveConverter() {
                @Override
                public void addBoolean(boolean value) {
                    sink.accept(value);
                }
            });
            case INT32 -> ints(named(SchemaBuilder.int32()), Integer::valueOf);
            case INT64 -> longs(named(SchemaBuilder.int64()), Long::valueOf);
            case INT96 -> binaries(named(Timestamp.builder()), ColumnMapper::int96);
            case FLOAT -> new ColumnMapping(finish(named(SchemaBuilder.float32())), sink -> new PrimitiveConverter() {
                @Override
                public void addFloat(float value) {
                    sink.accept(value);
                }
            });
            case DOUBLE -> new ColumnMapping(finish(named(SchemaBuilder.float64())), sink -> new PrimitiveConverter() {
                @Override
                public void addDouble(double value) {
                    sink.accept(value);
                }
            });
            case BINARY, FIXED_LEN_BYTE_ARRAY -> binaries(named(SchemaBuilder.bytes()), Binary::getBytes);
        };
    }

    /** Names the column's logical type, if it has one, in the schema. */
    private SchemaBuilder named(SchemaBuilder schema) {
        return logical == null ? schema : schema.parameter(LOGICAL_TYPE, logical.toString());
    }

    private ColumnMapping ints(SchemaBuilder schema, IntFunction<Object> decode) {
        return new ColumnMapping(finish(schema), sink -> new PrimitiveConverter() {
            @Override
            public void addInt(int value) {
                sink.accept(decode.apply(value));
            }
        });
    }

    private ColumnMapping longs(SchemaBuilder schema, LongFunction<Object> decode) {
        return new ColumnMapping(finish(schema), sink -> new PrimitiveConverter() {
            @Override
            public void addLong(long value) {
                sink.accept(decode.apply(value));
            }
        });
    }

    private ColumnMapping binaries(SchemaBuilder schema, Function<Binary, Object> decode) {
        return new ColumnMapping(finish(schema), sink -> new PrimitiveConverter() {
            @Override
            public void addBinary(Binary value) {
                sink.accept(decode.apply(value));
            }
        });
    }

    private Schema finish(SchemaBuilder schema) {
        return optional ? schema.optional().build() : schema.build();
    }

    private boolean isBinary() {
        return physical == PrimitiveTypeName.BINARY || physical == PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY;
    }

    private boolean isFixed(int length) {
        return physical == PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY && type.getTypeLength() == length;
    }

    private static String uuid(Binary value) {
        ByteBuffer bytes = value.toByteBuffer();
        return new UUID(bytes.getLong(), bytes.getLong()).toString();
    }

    /** IEEE 754 half precision, little-endian. */
    private static float float16(Binary value) {
        ByteBuffer bytes = value.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        int half = bytes.getShort() & 0xFFFF;
        int exponent = (half >>> 10) & 0x1F;
        int significand = half & 0x3FF;
        float magnitude;
        if (exponent == 0) {
            magnitude = Math.scalb((float) significand, -24);
        } else if (exponent == 0x1F) {
            magnitude = significand == 0 ? Float.POSITIVE_INFINITY : Float.NaN;
        } else {
            magnitude = Math.scalb((float) (0x400 | significand), exponent - 25);
        }
        return (half & 0x8000) == 0 ? magnitude : -magnitude;
    }

    /** The legacy timestamp: nanoseconds of the day, then the Julian day, little-endian; read to the millisecond. */
    private static java.util.Date int96(Binary value) {
        ByteBuffer bytes = value.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        long nanosOfDay = bytes.getLong();
        long julianDay = Integer.toUnsignedLong(bytes.getInt());
        return new java.util.Date((julianDay - UNIX_EPOCH_JULIAN_DAY) * MILLIS_PER_DAY
                + Math.floorDiv(nanosOfDay, NANOS_PER_MILLI));
    }

    private static BigDecimal unsigned(long value) {
        return new BigDecimal(new BigInteger(Long.toUnsignedString(value)));
    }
}
