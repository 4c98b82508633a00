package io.cloudstorage.connect.source.record;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;

/**
 * A dotted path to a field inside a record's value ({@code user.id}), through structs (by field name) and maps (by
 * string key), such as a JSON object or a CSV row becomes.
 */
public final class FieldPath {

    private final String source;
    private final List<String> names;

    private FieldPath(String source, List<String> names) {
        this.source = source;
        this.names = names;
    }

    /**
     * @throws IllegalArgumentException if the path is empty or has an empty segment
     */
    public static FieldPath parse(String path) {
        List<String> names = Arrays.asList(path.split("\\.", -1));
        if (path.isBlank() || names.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("'" + path + "' is not a dotted field path such as 'user.id'");
        }
        return new FieldPath(path, List.copyOf(names));
    }

    /** A field that is present, with its value (which may be null) and its schema ({@code null} if schemaless). */
    public record Found(Schema schema, Object value) {
    }

    /** The field, or empty if the value has no such field. */
    public Optional<Found> find(Object value) {
        Object current = value;
        Schema schema = null;
        for (String name : names) {
            if (current instanceof Struct struct) {
                Field field = struct.schema().field(name);
                if (field == null) {
                    return Optional.empty();
                }
                current = struct.get(field);
                schema = field.schema();
            } else if (current instanceof Map<?, ?> map) {
                if (!map.containsKey(name)) {
                    return Optional.empty();
                }
                current = map.get(name);
                schema = null;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new Found(schema, current));
    }

    @Override
    public String toString() {
        return source;
    }
}
