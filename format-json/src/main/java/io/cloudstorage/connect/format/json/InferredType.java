package io.cloudstorage.connect.format.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;

import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The type inferred for one place of the records (the whole value, a field of an object, the elements of an
 * array), widened as values are observed, never narrowed. Its Connect schema is built once per change and shared
 * by every value converted until the next change, so nested structs are checked against their schema by identity.
 *
 * <p>Widening: null fits every type; integers widen to doubles; objects gain fields (in the order they are first
 * seen) and arrays widen their element type. Any other pair of types (a string and a number, an object and an
 * array, ...) makes the place a string holding each value's JSON text (a string value stays as it is), for good.
 */
final class InferredType {

    private static final Logger log = LoggerFactory.getLogger(InferredType.class);

    private enum Kind {
        NULL("nulls"), BOOLEAN("booleans"), INT64("integers"), FLOAT64("numbers with a fraction or exponent"),
        STRING("strings"), ARRAY("arrays"), STRUCT("objects"), JSON_TEXT("JSON text");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        static Kind of(Object value) {
            if (value instanceof String) {
                return STRING;
            } else if (value instanceof Long) {
                return INT64;
            } else if (value instanceof Double) {
                return FLOAT64;
            } else if (value instanceof Boolean) {
                return BOOLEAN;
            } else if (value instanceof Map) {
                return STRUCT;
            } else if (value instanceof List) {
                return ARRAY;
            }
            throw new IllegalArgumentException("Not a JSON tree value: " + value.getClass().getName());
        }

        /** Whether values read as JSON are already the Connect values of this type. */
        boolean keepsValues() {
            return this == NULL || this == BOOLEAN || this == INT64 || this == STRING;
        }
    }

    /** Where this type is in the records, for operators: "" for the whole value, "a.b", "a.list[]". */
    private final String path;
    /** This type's position among the fields of the object type holding it. */
    private final int index;
    private Kind kind = Kind.NULL;
    private InferredType elements;
    private Map<String, InferredType> fields;
    /** Built on demand after each change. */
    private Schema schema;

    InferredType() {
        this("", 0);
    }

    private InferredType(String path, int index) {
        this.path = path;
        this.index = index;
    }

    /**
     * Widens this type to hold the value.
     *
     * @return whether the type changed, so that the types holding it rebuild their schemas
     * @throws ValueMismatch if an object has a key that cannot name a struct field (types may have widened with
     *                       the record's other values)
     */
    boolean observe(Object value) {
        if (value == null || kind == Kind.JSON_TEXT) {
            return false;
        }
        Kind seen = Kind.of(value);
        if (kind == Kind.NULL) {
            kind = seen;
            if (seen == Kind.ARRAY) {
                elements = new InferredType(path + "[]", 0);
            } else if (seen == Kind.STRUCT) {
                fields = new LinkedHashMap<>();
            }
            observeContents(value);
            schema = null;
            return true;
        }
        if (seen == kind) {
            boolean changed = observeContents(value);
            if (changed) {
                schema = null;
            }
            return changed;
        }
        if (kind == Kind.INT64 && seen == Kind.FLOAT64) {
            kind = Kind.FLOAT64;
            schema = null;
            return true;
        }
        if (kind == Kind.FLOAT64 && seen == Kind.INT64) {
            return false;
        }
        log.warn("The inferred schema's {} held {} and now holds {}: from now on it is an optional string holding "
                + "each value's JSON text (schema.mode=given sets the type instead)", describePath(),
                kind.description, seen.description);
        kind = Kind.JSON_TEXT;
        elements = null;
        fields = null;
        schema = null;
        return true;
    }

    private boolean observeContents(Object value) {
        try {
            if (kind == Kind.ARRAY) {
                boolean changed = false;
                for (Object element : (List<?>) value) {
                    changed |= elements.observe(element);
                }
                return changed;
            }
            if (kind == Kind.STRUCT) {
                return observeFields((Map<?, ?>) value);
            }
            return false;
        } catch (ValueMismatch e) {
            // Some contents may have widened before the mismatch: the cached schema may be stale.
            schema = null;
            throw e;
        }
    }

    private boolean observeFields(Map<?, ?> object) {
        boolean changed = false;
        for (Map.Entry<?, ?> entry : object.entrySet()) {
            String name = (String) entry.getKey();
            InferredType field = fields.get(name);
            if (field == null) {
                if (name.isEmpty()) {
                    throw new ValueMismatch(path, "an object has an empty key, which cannot name a field of a "
                            + "Connect struct (schema.mode=schemaless reads such objects as maps)");
                }
                field = new InferredType(path.isEmpty() ? name : path + "." + name, fields.size());
                fields.put(name, field);
                changed = true;
            }
            changed |= field.observe(entry.getValue());
        }
        return changed;
    }

    /** The Connect schema of the values observed so far: optional everywhere, as any place may hold null. */
    Schema schema() {
        if (schema == null) {
            schema = buildSchema();
        }
        return schema;
    }

    private Schema buildSchema() {
        switch (kind) {
            case BOOLEAN:
                return Schema.OPTIONAL_BOOLEAN_SCHEMA;
            case INT64:
                return Schema.OPTIONAL_INT64_SCHEMA;
            case FLOAT64:
                return Schema.OPTIONAL_FLOAT64_SCHEMA;
            case ARRAY:
                return SchemaBuilder.array(elements.schema()).optional().build();
            case STRUCT:
                SchemaBuilder struct = SchemaBuilder.struct().optional();
                for (Map.Entry<String, InferredType> field : fields.entrySet()) {
                    struct.field(field.getKey(), field.getValue().schema());
                }
                return struct.build();
            default:
                // Null-only places are strings until a value says otherwise; JSON text is a string too.
                return Schema.OPTIONAL_STRING_SCHEMA;
        }
    }

    /**
     * Converts a value this type has observed into a Connect value of {@link #schema()}. The value's arrays are
     * converted in place.
     */
    Object convert(Object value, JsonText text) {
        if (value == null) {
            return null;
        }
        switch (kind) {
            case FLOAT64:
                return value instanceof Double ? value : (Object) ((Number) value).doubleValue();
            case JSON_TEXT:
                return value instanceof String ? value : text.write(value);
            case ARRAY:
                convertElements(castList(value), text);
                return value;
            case STRUCT:
                return toStruct((Map<?, ?>) value, text);
            default:
                return value;
        }
    }

    private void convertElements(List<Object> array, JsonText text) {
        if (elements.kind.keepsValues()) {
            return;
        }
        for (ListIterator<Object> element = array.listIterator(); element.hasNext(); ) {
            element.set(elements.convert(element.next(), text));
        }
    }

    private Struct toStruct(Map<?, ?> object, JsonText text) {
        Schema structSchema = schema();
        List<Field> schemaFields = structSchema.fields();
        Struct struct = new Struct(structSchema);
        for (Map.Entry<?, ?> entry : object.entrySet()) {
            if (entry.getValue() != null) {
                InferredType field = fields.get(entry.getKey());
                struct.put(schemaFields.get(field.index), field.convert(entry.getValue(), text));
            }
        }
        return struct;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> castList(Object value) {
        return (List<Object>) value;
    }

    private String describePath() {
        return path.isEmpty() ? "value" : "field '" + path + "'";
    }
}
