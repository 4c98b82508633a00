package io.cloudstorage.connect.format.json;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;

/**
 * Reads a Connect schema from the JSON form Kafka's JsonConverter gives schemas:
 * {@code {"type": "struct", "fields": [{"field": "id", "type": "int64"}, ...]}}, with the types int8, int16, int32,
 * int64, float, double (or float32, float64), boolean, string, bytes, array, map and struct, {@code optional} (false
 * unless set), {@code name}, {@code version}, {@code doc}, {@code parameters} and {@code default} on any schema,
 * {@code items} for arrays, {@code keys} and {@code values} for maps. Logical types are named schemas of the
 * matching type, such as {@code {"type": "int64", "name": "org.apache.kafka.connect.data.Timestamp"}}.
 */
final class SchemaJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Set<String> PROPERTIES = Set.of("type", "optional", "name", "version", "doc", "parameters",
            "default", "fields", "items", "keys", "values");
    private static final Set<String> FIELD_PROPERTIES = union(PROPERTIES, "field");
    private static final Map<String, Schema.Type> LOGICAL_TYPES = Map.of(Decimal.LOGICAL_NAME, Schema.Type.BYTES,
            Date.LOGICAL_NAME, Schema.Type.INT32, Time.LOGICAL_NAME, Schema.Type.INT32,
            Timestamp.LOGICAL_NAME, Schema.Type.INT64);

    private SchemaJson() {
    }

    /** @throws InvalidSchemaException saying what is wrong, and where */
    static Schema parse(String text) {
        Object json;
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new InvalidSchemaException("The schema is empty");
            }
            json = new JsonTree(true).read(parser);
            if (parser.nextToken() != null) {
                throw new InvalidSchemaException("The schema is followed by more JSON");
            }
        } catch (IOException e) {
            throw new InvalidSchemaException("The schema is not valid JSON: " + JsonParsing.problem(e));
        }
        return schema(json, "$", PROPERTIES);
    }

    private static Schema schema(Object json, String where, Set<String> properties) {
        Map<String, Object> object = object(json, where);
        for (String property : object.keySet()) {
            if (!properties.contains(property)) {
                throw invalid(where, "unknown property '" + property + "' (known: " + new TreeSet<>(properties)
                        + ")");
            }
        }
        SchemaBuilder builder = builder(object, where);
        try {
            describe(builder, object, where);
            if (object.get("default") != null) {
                if (builder.type() == Schema.Type.STRUCT) {
                    throw invalid(where, "a struct cannot have a default in Connect; give its fields defaults");
                }
                builder.defaultValue(defaultValue(builder.build(), object.get("default"), where));
            }
        } catch (DataException e) {
            throw invalid(where, e.getMessage());
        }
        return builder.build();
    }

    private static SchemaBuilder builder(Map<String, Object> object, String where) {
        String type = string(object, "type", where);
        if (type == null) {
            throw invalid(where, "no 'type'");
        }
        switch (type) {
            case "array":
                return SchemaBuilder.array(schema(required(object, "items", where), where + ".items", PROPERTIES));
            case "map":
                return SchemaBuilder.map(schema(required(object, "keys", where), where + ".keys", PROPERTIES),
                        schema(required(object, "values", where), where + ".values", PROPERTIES));
            case "struct":
                return struct(object, where);
            default:
                Schema.Type primitive = primitive(type);
                if (primitive == null) {
                    throw invalid(where, "unknown type '" + type + "' (types: int8, int16, int32, int64, "
                            + "float, double, boolean, string, bytes, array, map, struct)");
                }
                return SchemaBuilder.type(primitive);
        }
    }

    /** JsonConverter's names of the primitive types; Connect's own names of the floating types are aliases. */
    private static Schema.Type primitive(String type) {
        switch (type) {
            case "float":
            case "float32":
                return Schema.Type.FLOAT32;
            case "double":
            case "float64":
                return Schema.Type.FLOAT64;
            case "int8":
            case "int16":
            case "int32":
            case "int64":
            case "boolean":
            case "string":
            case "bytes":
                return Schema.Type.valueOf(type.toUpperCase(Locale.ROOT));
            default:
                return null;
        }
    }

    private static SchemaBuilder struct(Map<String, Object> object, String where) {
        SchemaBuilder struct = SchemaBuilder.struct();
        Object fields = required(object, "fields", where);
        if (!(fields instanceof List<?> list)) {
            throw invalid(where + ".fields", "not an array");
        }
        for (int i = 0; i < list.size(); i++) {
            String fieldWhere = where + ".fields[" + i + "]";
            String name = string(object(list.get(i), fieldWhere), "field", fieldWhere);
            if (name == null || name.isEmpty()) {
                throw invalid(fieldWhere, "no 'field' naming the field");
            }
            Schema fieldSchema = schema(list.get(i), fieldWhere + " (field '" + name + "')", FIELD_PROPERTIES);
            if (struct.field(name) != null) {
                throw invalid(fieldWhere, "the field name '" + name + "' is used twice");
            }
            struct.field(name, fieldSchema);
        }
        return struct;
    }

    private static void describe(SchemaBuilder builder, Map<String, Object> object, String where) {
        if (Boolean.TRUE.equals(bool(object, "optional", where))) {
            builder.optional();
        }
        String name = string(object, "name", where);
        if (name != null) {
            builder.name(name);
        }
        if (object.get("version") != null) {
            if (!(object.get("version") instanceof Long version) || version < 0 || version > Integer.MAX_VALUE) {
                throw invalid(where, "'version' is not a positive integer");
            }
            builder.version(version.intValue());
        }
        String doc = string(object, "doc", where);
        if (doc != null) {
            builder.doc(doc);
        }
        if (object.get("parameters") != null) {
            builder.parameters(parameters(object.get("parameters"), where));
        }
        checkLogicalType(builder, where);
    }

    private static Map<String, String> parameters(Object json, String where) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, Object> parameter : object(json, where + ".parameters").entrySet()) {
            if (!(parameter.getValue() instanceof String value)) {
                throw invalid(where + ".parameters", "the value of '" + parameter.getKey() + "' is not a string");
            }
            parameters.put(parameter.getKey(), value);
        }
        return parameters;
    }

    private static void checkLogicalType(SchemaBuilder builder, String where) {
        Schema.Type type = builder.name() == null ? null : LOGICAL_TYPES.get(builder.name());
        if (type == null) {
            return;
        }
        if (builder.type() != type) {
            throw invalid(where, builder.name() + " needs the type " + type.getName());
        }
        if (Decimal.LOGICAL_NAME.equals(builder.name())) {
            String scale = builder.parameters() == null ? null : builder.parameters().get(Decimal.SCALE_FIELD);
            try {
                Integer.parseInt(String.valueOf(scale));
            } catch (NumberFormatException e) {
                throw invalid(where, "a decimal needs its scale: \"parameters\": {\"" + Decimal.SCALE_FIELD
                        + "\": \"2\"}");
            }
        }
    }

    private static Object defaultValue(Schema schema, Object json, String where) {
        try {
            return GivenConversion.of(schema).convert(json);
        } catch (ValueMismatch e) {
            throw invalid(where, "the default does not fit the type: " + e.getMessage());
        }
    }

    private static Map<String, Object> object(Object json, String where) {
        if (!(json instanceof Map<?, ?> map)) {
            throw invalid(where, "not a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) map;
        return object;
    }

    private static Object required(Map<String, Object> object, String property, String where) {
        Object value = object.get(property);
        if (value == null) {
            throw invalid(where, "no '" + property + "'");
        }
        return value;
    }

    private static String string(Map<String, Object> object, String property, String where) {
        Object value = object.get(property);
        if (value != null && !(value instanceof String)) {
            throw invalid(where, "'" + property + "' is not a string");
        }
        return (String) value;
    }

    private static Boolean bool(Map<String, Object> object, String property, String where) {
        Object value = object.get(property);
        if (value != null && !(value instanceof Boolean)) {
            throw invalid(where, "'" + property + "' is neither true nor false");
        }
        return (Boolean) value;
    }

    private static InvalidSchemaException invalid(String where, String problem) {
        return new InvalidSchemaException("At " + where + ": " + problem);
    }

    private static Set<String> union(Set<String> set, String element) {
        Set<String> union = new HashSet<>(set);
        union.add(element);
        return Set.copyOf(union);
    }
}
