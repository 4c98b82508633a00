package io.cloudstorage.connect.format.avro;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.AvroRuntimeException;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;

import io.cloudstorage.connect.format.avro.ConnectMapping.ValueConverter;

/**
 * Maps an Avro schema to a Kafka Connect schema, with the conversion of its values. Records become structs,
 * unions of null and one type optional schemas, other unions structs with one optional field per branch; logical
 * types become Connect's where Connect has one, and keep their Avro name in a schema parameter where it has not.
 * A recursive schema cannot be mapped: Connect schemas are trees.
 */
final class SchemaMapper {

    /** The Avro logical type of a schema that Connect has no logical type for. */
    static final String LOGICAL_TYPE = "avro.logical.type";
    /** The symbols of an Avro enum, comma-separated in their order. */
    static final String ENUM_SYMBOLS = "avro.enum.symbols";
    /** The size in bytes of an Avro fixed. */
    static final String FIXED_SIZE = "avro.fixed.size";
    /** The precision of a decimal, under the name Confluent's Avro converter reads it by. */
    static final String DECIMAL_PRECISION = "connect.decimal.precision";

    private static final long MILLIS_PER_DAY = 24 * 60 * 60 * 1000L;

    private final GenericData data = new GenericData();
    /** Records mapped so far, by full name and optionality: a record used twice maps to one Connect schema. */
    private final Map<String, ConnectMapping> records = new HashMap<>();
    /** The records being mapped, outermost first, to tell recursion. */
    private final List<String> recordsInProgress = new ArrayList<>();

    private SchemaMapper() {
    }

    static ConnectMapping map(org.apache.avro.Schema schema) throws UnsupportedSchemaException {
        return new SchemaMapper().mapping(schema, false);
    }

    private ConnectMapping mapping(org.apache.avro.Schema avro, boolean optional) throws UnsupportedSchemaException {
        return switch (avro.getType()) {
            case NULL -> new ConnectMapping(SchemaBuilder.string().optional().build(), value -> null);
            case BOOLEAN -> build(SchemaBuilder.bool(), avro, optional, value -> value);
            case INT -> intMapping(avro, optional);
            case LONG -> longMapping(avro, optional);
            case FLOAT -> build(SchemaBuilder.float32(), avro, optional, value -> value);
            case DOUBLE -> build(SchemaBuilder.float64(), avro, optional, value -> value);
            case STRING -> build(SchemaBuilder.string(), avro, optional, Object::toString);
            case BYTES -> avro.getLogicalType() instanceof LogicalTypes.Decimal decimal
                    ? decimalMapping(decimal, optional, value -> bytesOf((ByteBuffer) value))
                    : build(SchemaBuilder.bytes(), avro, optional, value -> bytesOf((ByteBuffer) value));
            case FIXED -> fixedMapping(avro, optional);
            case ENUM -> build(named(SchemaBuilder.string(), avro)
                    .parameter(ENUM_SYMBOLS, String.join(",", avro.getEnumSymbols())), avro, optional,
                    Object::toString);
            case ARRAY -> arrayMapping(avro, optional);
            case MAP -> mapMapping(avro, optional);
            case RECORD -> recordMapping(avro, optional);
            case UNION -> unionMapping(avro, optional);
        };
    }

    private static ConnectMapping intMapping(org.apache.avro.Schema avro, boolean optional) {
        LogicalType logical = avro.getLogicalType();
        if (logical instanceof LogicalTypes.Date) {
            return optional(Date.builder(), optional, value -> new java.util.Date((Integer) value * MILLIS_PER_DAY));
        }
        if (logical instanceof LogicalTypes.TimeMillis) {
            return optional(Time.builder(), optional, value -> timeOfDay((Integer) value));
        }
        return build(SchemaBuilder.int32(), avro, optional, value -> value);
    }

    private static ConnectMapping longMapping(org.apache.avro.Schema avro, boolean optional) {
        if (avro.getLogicalType() instanceof LogicalTypes.TimestampMillis) {
            return optional(Timestamp.builder(), optional, value -> new java.util.Date((Long) value));
        }
        return build(SchemaBuilder.int64(), avro, optional, value -> value);
    }

    private static ConnectMapping fixedMapping(org.apache.avro.Schema avro, boolean optional) {
        LogicalType logical = avro.getLogicalType();
        if (logical instanceof LogicalTypes.Decimal decimal) {
            return decimalMapping(decimal, optional, value -> ((GenericFixed) value).bytes());
        }
        if (logical instanceof LogicalTypes.Uuid) {
            return build(SchemaBuilder.string(), avro, optional, value -> uuid(((GenericFixed) value).bytes()));
        }
        return build(named(SchemaBuilder.bytes(), avro).parameter(FIXED_SIZE, String.valueOf(avro.getFixedSize())),
                avro, optional, value -> ((GenericFixed) value).bytes().clone());
    }

    private static ConnectMapping decimalMapping(LogicalTypes.Decimal decimal, boolean optional,
                                                 ValueConverter unscaledBytes) {
        int scale = decimal.getScale();
        return optional(Decimal.builder(scale).parameter(DECIMAL_PRECISION, String.valueOf(decimal.getPrecision())),
                optional, value -> new BigDecimal(new BigInteger((byte[]) unscaledBytes.convert(value)), scale));
    }

    private ConnectMapping arrayMapping(org.apache.avro.Schema avro, boolean optional)
            throws UnsupportedSchemaException {
        ConnectMapping element = mapping(avro.getElementType(), false);
        ValueConverter elements = element.converter();
        return build(SchemaBuilder.array(element.schema()), avro, optional, value -> {
            Collection<?> items = (Collection<?>) value;
            List<Object> list = new ArrayList<>(items.size());
            for (Object item : items) {
                list.add(elements.convert(item));
            }
            return list;
        });
    }

    private ConnectMapping mapMapping(org.apache.avro.Schema avro, boolean optional)
            throws UnsupportedSchemaException {
        ConnectMapping valueMapping = mapping(avro.getValueType(), false);
        ValueConverter values = valueMapping.converter();
        return build(SchemaBuilder.map(Schema.STRING_SCHEMA, valueMapping.schema()), avro, optional, value -> {
            Map<?, ?> entries = (Map<?, ?>) value;
            Map<String, Object> map = new LinkedHashMap<>(entries.size() * 2);
            entries.forEach((key, item) -> map.put(key.toString(), values.convert(item)));
            return map;
        });
    }

    private ConnectMapping recordMapping(org.apache.avro.Schema avro, boolean optional)
            throws UnsupportedSchemaException {
        String name = avro.getFullName();
        if (recordsInProgress.contains(name)) {
            List<String> cycle = new ArrayList<>(recordsInProgress.subList(recordsInProgress.indexOf(name),
                    recordsInProgress.size()));
            cycle.add(name);
            throw new UnsupportedSchemaException("the schema is recursive (" + String.join(" -> ", cycle)
                    + "), and Kafka Connect schemas cannot be");
        }
        String key = name + (optional ? "?" : "");
        ConnectMapping known = records.get(key);
        if (known != null) {
            return known;
        }
        recordsInProgress.add(name);
        SchemaBuilder builder = named(SchemaBuilder.struct(), avro);
        List<ValueConverter> fieldConverters = new ArrayList<>();
        for (org.apache.avro.Schema.Field field : avro.getFields()) {
            ConnectMapping fieldMapping = withDefault(mapping(field.schema(), false), field);
            builder.field(field.name(), fieldMapping.schema());
            fieldConverters.add(fieldMapping.converter());
        }
        recordsInProgress.remove(recordsInProgress.size() - 1);
        if (optional) {
            builder.optional();
        }
        Schema schema = builder.build();
        List<Field> fields = schema.fields();
        ConnectMapping mapping = new ConnectMapping(schema, value -> {
            IndexedRecord record = (IndexedRecord) value;
            Struct struct = new Struct(schema);
            for (int i = 0; i < fields.size(); i++) {
                struct.put(fields.get(i), fieldConverters.get(i).convert(record.get(i)));
            }
            return struct;
        });
        records.put(key, mapping);
        return mapping;
    }

    private ConnectMapping unionMapping(org.apache.avro.Schema avro, boolean optional)
            throws UnsupportedSchemaException {
        List<org.apache.avro.Schema> branches = avro.getTypes();
        List<org.apache.avro.Schema> nonNull = branches.stream()
                .filter(branch -> branch.getType() != org.apache.avro.Schema.Type.NULL).toList();
        boolean nullable = nonNull.size() < branches.size();
        if (nonNull.isEmpty()) {
            return mapping(branches.get(0), true);
        }
        if (nonNull.size() == 1) {
            ConnectMapping only = mapping(nonNull.get(0), optional || nullable);
            ValueConverter converter = only.converter();
            return new ConnectMapping(only.schema(), value -> value == null ? null : converter.convert(value));
        }
        SchemaBuilder builder = SchemaBuilder.struct();
        ConnectMapping[] branchMappings = new ConnectMapping[branches.size()];
        String[] fieldNames = new String[branches.size()];
        for (int i = 0; i < branches.size(); i++) {
            org.apache.avro.Schema branch = branches.get(i);
            if (branch.getType() != org.apache.avro.Schema.Type.NULL) {
                branchMappings[i] = mapping(branch, true);
                fieldNames[i] = branchName(branch);
                builder.field(fieldNames[i], branchMappings[i].schema());
            }
        }
        if (optional || nullable) {
            builder.optional();
        }
        Schema schema = builder.build();
        return new ConnectMapping(schema, value -> {
            if (value == null) {
                return null;
            }
            int branch = data.resolveUnion(avro, value);
            Struct struct = new Struct(schema);
            struct.put(fieldNames[branch], branchMappings[branch].converter().convert(value));
            return struct;
        });
    }

    /** A union branch's field: the full name of a named type, the type's name for the others (unique in a union). */
    private static String branchName(org.apache.avro.Schema branch) {
        return switch (branch.getType()) {
            case RECORD, ENUM, FIXED -> branch.getFullName();
            default -> branch.getType().getName();
        };
    }

    /**
     * The field's mapping with its Avro default as the Connect schema's default, where Connect can hold it: not
     * for structs (a struct default would have to carry the very schema it is the default of), nor for a value
     * the Connect type cannot hold (a time beyond a day).
     */
    private ConnectMapping withDefault(ConnectMapping mapping, org.apache.avro.Schema.Field field) {
        if (!field.hasDefaultValue() || mapping.schema().type() == Schema.Type.STRUCT) {
            return mapping;
        }
        try {
            Object avroDefault = data.getDefaultValue(field);
            if (avroDefault == null) {
                return mapping;
            }
            return new ConnectMapping(withDefault(mapping.schema(), mapping.converter().convert(avroDefault)),
                    mapping.converter());
        } catch (AvroRuntimeException | DataException notRepresentable) {
            return mapping;
        }
    }

    private static Schema withDefault(Schema schema, Object defaultValue) {
        SchemaBuilder builder = switch (schema.type()) {
            case ARRAY -> SchemaBuilder.array(schema.valueSchema());
            case MAP -> SchemaBuilder.map(schema.keySchema(), schema.valueSchema());
            default -> new SchemaBuilder(schema.type());
        };
        if (schema.name() != null) {
            builder.name(schema.name());
        }
        if (schema.version() != null) {
            builder.version(schema.version());
        }
        if (schema.doc() != null) {
            builder.doc(schema.doc());
        }
        if (schema.parameters() != null) {
            builder.parameters(schema.parameters());
        }
        if (schema.isOptional()) {
            builder.optional();
        }
        return builder.defaultValue(defaultValue).build();
    }

    /** A named Avro type keeps its full name and documentation. */
    private static SchemaBuilder named(SchemaBuilder builder, org.apache.avro.Schema avro) {
        builder.name(avro.getFullName());
        if (avro.getDoc() != null) {
            builder.doc(avro.getDoc());
        }
        return builder;
    }

    /** A type Connect has no logical type for keeps its Avro logical type's name as a parameter. */
    private static ConnectMapping build(SchemaBuilder builder, org.apache.avro.Schema avro, boolean optional,
                                        ValueConverter converter) {
        if (avro.getLogicalType() != null) {
            builder.parameter(LOGICAL_TYPE, avro.getLogicalType().getName());
        }
        return optional(builder, optional, converter);
    }

    private static ConnectMapping optional(SchemaBuilder builder, boolean optional, ValueConverter converter) {
        if (optional) {
            builder.optional();
        }
        return new ConnectMapping(builder.build(), converter);
    }

    private static java.util.Date timeOfDay(int millis) {
        if (millis < 0 || millis >= MILLIS_PER_DAY) {
            throw new DataException("the time-millis value " + millis + " is not a time of day (0 to "
                    + (MILLIS_PER_DAY - 1) + " milliseconds after midnight)");
        }
        return new java.util.Date(millis);
    }

    private static byte[] bytesOf(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }

    private static String uuid(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong()).toString();
    }
}
