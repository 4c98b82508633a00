package io.cloudstorage.connect.source.record;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;

/** Makes a record's key as {@code record.key} says. */
public final class RecordKeys {

    private final RecordKeyMode mode;
    private final FieldPath field;
    private final Template template;

    private RecordKeys(RecordKeyMode mode, FieldPath field, Template template) {
        this.mode = mode;
        this.field = field;
        this.template = template;
    }

    public static RecordKeys of(RecordKeyMode mode) {
        return new RecordKeys(mode, null, null);
    }

    public static RecordKeys ofField(FieldPath field) {
        return new RecordKeys(RecordKeyMode.FIELD, field, null);
    }

    public static RecordKeys ofTemplate(Template template) {
        return new RecordKeys(RecordKeyMode.TEMPLATE, null, template);
    }

    /**
     * @param variables the object's variables ({@link ObjectVariables})
     * @throws InvalidRecordException if the key field is missing from the value
     */
    public SchemaAndValue key(Map<String, String> variables, long recordNumber, Object value)
            throws InvalidRecordException {
        switch (mode) {
            case OBJECT_KEY:
                return new SchemaAndValue(Schema.STRING_SCHEMA, variables.get(ObjectVariables.OBJECT_KEY));
            case RECORD_NUMBER:
                return new SchemaAndValue(Schema.INT64_SCHEMA, recordNumber);
            case FIELD:
                Optional<FieldPath.Found> found = field.find(value);
                if (found.isEmpty()) {
                    throw new InvalidRecordException("The record has no field '" + field + "' for its key "
                            + "(record.key.field)");
                }
                return new SchemaAndValue(found.get().schema(), found.get().value());
            case TEMPLATE:
                Map<String, String> withNumber = new HashMap<>(variables);
                withNumber.put(ObjectVariables.RECORD_NUMBER, Long.toString(recordNumber));
                return new SchemaAndValue(Schema.STRING_SCHEMA, template.render(withNumber));
            default:
                return SchemaAndValue.NULL;
        }
    }
}
