package io.cloudstorage.connect.format.parquet;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.ListLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.MapKeyValueTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.MapLogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Type.Repetition;

/**
 * Maps a Parquet schema to Connect: a group becomes a struct, a {@code LIST} an array, a {@code MAP} a map, and a
 * repeated field without those annotations an array of its values. {@code LIST} and {@code MAP} groups that do
 * not have the structure the Parquet format describes are read as the plain groups they are.
 */
final class GroupMappings {

    private static final String LEGACY_LIST_ELEMENT = "array";
    private static final String THRIFT_LIST_ELEMENT_SUFFIX = "_tuple";

    private GroupMappings() {
    }

    /** The mapping of a file's rows: a struct of the file's top-level fields. */
    static GroupMapping rows(MessageType schema) {
        return struct(schema, false);
    }

    private static GroupMapping.Child child(Type type) {
        return type.isRepetition(Repetition.REPEATED)
                ? new GroupMapping.Child(value(type, false), true)
                : new GroupMapping.Child(value(type, type.isRepetition(Repetition.OPTIONAL)), false);
    }

    /** The mapping of one value of {@code type}, whatever the repetition of the field it is in. */
    private static ValueMapping value(Type type, boolean optional) {
        if (type.isPrimitive()) {
            return new ColumnMapper(type.asPrimitiveType(), optional).mapping();
        }
        GroupType group = type.asGroupType();
        LogicalTypeAnnotation annotation = group.getLogicalTypeAnnotation();
        if (annotation instanceof ListLogicalTypeAnnotation && isList(group)) {
            return list(group, optional);
        }
        if ((annotation instanceof MapLogicalTypeAnnotation || annotation instanceof MapKeyValueTypeAnnotation)
                && isMap(group)) {
            return map(group, optional);
        }
        return struct(group, optional);
    }

    private static GroupMapping struct(GroupType group, boolean optional) {
        List<GroupMapping.Child> children = group.getFields().stream().map(GroupMappings::child).toList();
        SchemaBuilder builder = SchemaBuilder.struct();
        for (int i = 0; i < children.size(); i++) {
            builder.field(group.getFieldName(i), children.get(i).schema());
        }
        Schema schema = optional(builder, optional);
        List<Field> fields = schema.fields();
        return new GroupMapping(schema, children, values -> {
            Struct struct = new Struct(schema);
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    struct.put(fields.get(i), values[i]);
                }
            }
            return struct;
        });
    }

    private static boolean isList(GroupType group) {
        return group.getFieldCount() == 1 && group.getType(0).isRepetition(Repetition.REPEATED);
    }

    /**
     * A {@code LIST} group holds one repeated field. In the standard three-level form, that field is a group
     * holding the element; in the legacy two-level forms, the repeated field is the element itself.
     */
    private static GroupMapping list(GroupType group, boolean optional) {
        Type repeated = group.getType(0);
        ValueMapping element;
        if (isTwoLevelList(group, repeated)) {
            element = value(repeated, false);
        } else {
            GroupMapping.Child inner = child(repeated.asGroupType().getType(0));
            element = new GroupMapping(inner.schema(), List.of(inner), values -> values[0]);
        }
        Schema schema = optional(SchemaBuilder.array(element.schema()), optional);
        return new GroupMapping(schema, List.of(new GroupMapping.Child(element, true)), values -> values[0]);
    }

    /** The rules of the Parquet format for lists written before the three-level form was specified. */
    private static boolean isTwoLevelList(GroupType list, Type repeated) {
        if (repeated.isPrimitive()) {
            return true;
        }
        GroupType group = repeated.asGroupType();
        return group.getFieldCount() != 1
                || group.getType(0).isRepetition(Repetition.REPEATED)
                || group.getName().equals(LEGACY_LIST_ELEMENT)
                || group.getName().equals(list.getName() + THRIFT_LIST_ELEMENT_SUFFIX);
    }

    private static boolean isMap(GroupType group) {
        return isList(group) && !group.getType(0).isPrimitive()
                && group.getType(0).asGroupType().getFieldCount() == 2;
    }

    /** A {@code MAP} group holds a repeated group of key-value pairs: its first field the key, its second the value. */
    private static GroupMapping map(GroupType group, boolean optional) {
        GroupType pairs = group.getType(0).asGroupType();
        GroupMapping.Child key = child(pairs.getType(0));
        GroupMapping.Child value = child(pairs.getType(1));
        Schema pairSchema = SchemaBuilder.struct().field("key", key.schema()).field("value", value.schema()).build();
        GroupMapping pair = new GroupMapping(pairSchema, List.of(key, value),
                values -> new SimpleImmutableEntry<>(values[0], values[1]));
        Schema schema = optional(SchemaBuilder.map(key.schema(), value.schema()), optional);
        return new GroupMapping(schema, List.of(new GroupMapping.Child(pair, true)), values -> {
            Map<Object, Object> map = new LinkedHashMap<>();
            for (Object entry : (List<?>) values[0]) {
                Map.Entry<?, ?> keyValue = (Map.Entry<?, ?>) entry;
                map.put(keyValue.getKey(), keyValue.getValue());
            }
            return map;
        });
    }

    private static Schema optional(SchemaBuilder builder, boolean optional) {
        return optional ? builder.optional().build() : builder.build();
    }
}
