package io.cloudstorage.connect.format.json;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Schema;

import io.cloudstorage.connect.spi.plugin.ConfigIssue;

/**
 * The keys both JSON formats have, each under its format's name ({@code jsonl.schema.mode},
 * {@code json.schema.mode}, ...): the longest record, and where records' schemas come from.
 */
final class JsonFormatConfig {

    private static final int DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

    private final String maxBytesKey;
    private final String schemaModeKey;
    private final String schemaKey;
    private final String maxBytesDoc;

    /**
     * @param format      the format's name, which starts each key
     * @param maxBytesDoc what {@code <format>.max.bytes} bounds, and what becomes of a longer record
     */
    JsonFormatConfig(String format, String maxBytesDoc) {
        this.maxBytesKey = format + ".max.bytes";
        this.schemaModeKey = format + ".schema.mode";
        this.schemaKey = format + ".schema";
        this.maxBytesDoc = maxBytesDoc;
    }

    /** The typed values of a configuration the format reads. */
    record Settings(int maxBytes, SchemaMode mode, Schema givenSchema) {

        /** A new mapping: with {@link SchemaMode#INFER}, each holds a schema that widens as it reads. */
        ValueMapping newMapping(JsonText text) {
            switch (mode) {
                case SCHEMALESS:
                    return new SchemalessMapping();
                case GIVEN:
                    return new GivenSchemaMapping(givenSchema);
                default:
                    return new InferredMapping(text);
            }
        }
    }

    String maxBytesKey() {
        return maxBytesKey;
    }

    String schemaModeKey() {
        return schemaModeKey;
    }

    String schemaKey() {
        return schemaKey;
    }

    ConfigDef configDef() {
        return new ConfigDef()
                .define(maxBytesKey, ConfigDef.Type.INT, DEFAULT_MAX_BYTES,
                        ConfigDef.Range.between(1, Integer.MAX_VALUE - 8), ConfigDef.Importance.LOW, maxBytesDoc,
                        null, -1, ConfigDef.Width.SHORT, "Longest record (bytes)")
                .define(schemaModeKey, ConfigDef.Type.STRING, SchemaMode.INFER.configValue(),
                        ConfigDef.CaseInsensitiveValidString.in(SchemaMode.configValues()),
                        ConfigDef.Importance.MEDIUM,
                        "Where the value schema of the records comes from. '" + SchemaMode.INFER.configValue()
                                + "': a schema inferred from the records the task has read so far, widened as new "
                                + "fields and types appear (records read later may carry a wider schema, with more "
                                + "optional fields). '" + SchemaMode.SCHEMALESS.configValue() + "': no schema; "
                                + "values are maps, lists, strings, numbers and booleans, for converters that need "
                                + "no schema (JsonConverter with schemas.enable=false). '"
                                + SchemaMode.GIVEN.configValue() + "': the schema in " + schemaKey + "; a record "
                                + "that does not fit it is malformed (see errors.policy).",
                        null, -1, ConfigDef.Width.SHORT, "Schema mode")
                .define(schemaKey, ConfigDef.Type.STRING, null, ConfigDef.Importance.MEDIUM,
                        "The value schema of the records when " + schemaModeKey + "="
                                + SchemaMode.GIVEN.configValue() + ", written as Kafka's JsonConverter writes "
                                + "schemas, e.g. {\"type\":\"struct\",\"fields\":[{\"field\":\"id\",\"type\":"
                                + "\"int64\"},{\"field\":\"name\",\"type\":\"string\",\"optional\":true}]}. A field "
                                + "is required unless \"optional\" is true; logical types are named, e.g. "
                                + "{\"type\":\"int64\",\"name\":\"org.apache.kafka.connect.data.Timestamp\"}. Fields "
                                + "of a record that the schema does not name are ignored.",
                        null, -1, ConfigDef.Width.LONG, "Given schema");
    }

    /**
     * What is wrong with the schema keys together. Robust to keys that are wrong on their own (an unknown mode),
     * which the {@link ConfigDef} reports.
     */
    List<ConfigIssue> issues(Map<String, String> props) {
        String modeValue = props.get(schemaModeKey);
        Optional<SchemaMode> mode = modeValue == null ? Optional.of(SchemaMode.INFER) : SchemaMode.of(modeValue);
        String schema = props.get(schemaKey);
        boolean hasSchema = schema != null && !schema.isBlank();
        if (mode.isEmpty()) {
            return List.of();
        }
        if (mode.get() != SchemaMode.GIVEN) {
            return hasSchema ? List.of(new ConfigIssue(schemaKey, "Used only when " + schemaModeKey + "="
                    + SchemaMode.GIVEN.configValue() + ", but " + schemaModeKey + " is " + mode.get().configValue()
                    + ": set " + schemaModeKey + "=" + SchemaMode.GIVEN.configValue() + ", or remove " + schemaKey))
                    : List.of();
        }
        if (!hasSchema) {
            return List.of(new ConfigIssue(schemaKey, "Required when " + schemaModeKey + "="
                    + SchemaMode.GIVEN.configValue() + ": the schema of the records' values, as JSON"));
        }
        try {
            SchemaJson.parse(schema);
            return List.of();
        } catch (InvalidSchemaException e) {
            return List.of(new ConfigIssue(schemaKey, "Not a valid schema. " + e.getMessage()));
        }
    }

    /** @throws ConfigException if a key is wrong, alone or with the others */
    Settings settings(Map<String, String> props) {
        AbstractConfig config = new AbstractConfig(configDef(), props, false);
        List<ConfigIssue> issues = issues(props);
        if (!issues.isEmpty()) {
            throw new ConfigException(issues.get(0).key(), props.get(issues.get(0).key()), issues.get(0).message());
        }
        SchemaMode mode = SchemaMode.of(config.getString(schemaModeKey)).orElseThrow();
        Schema schema = mode == SchemaMode.GIVEN ? SchemaJson.parse(config.getString(schemaKey)) : null;
        return new Settings(config.getInt(maxBytesKey), mode, schema);
    }
}
