package io.cloudstorage.connect.format.json;

import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;

import io.cloudstorage.connect.spi.format.FormatProvider;
import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.plugin.ConfigIssue;

/** One JSON document per object: one record, or one per element of a top-level array. */
public final class JsonFormatProvider implements FormatProvider {

    public static final String NAME = "json";
    public static final String MAX_BYTES = NAME + ".max.bytes";
    public static final String SCHEMA_MODE = NAME + ".schema.mode";
    public static final String SCHEMA = NAME + ".schema";

    private final JsonFormatConfig config = new JsonFormatConfig(NAME,
            "The largest record, in bytes of JSON text: the whole document, or one element of a top-level array. "
                    + "A larger record is malformed data that ends the reading of its object (see errors.policy): "
                    + "it bounds the memory a task needs whatever the objects hold.");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "One JSON document per object: a record for the document, or, if it is an array, a record per "
                + "element, streamed one element at a time.";
    }

    @Override
    public ConfigDef configDef() {
        return config.configDef();
    }

    @Override
    public List<ConfigIssue> validate(Map<String, String> props) {
        return config.issues(props);
    }

    @Override
    public RecordFormat create(Map<String, String> props) {
        return new JsonFormat(new JsonRecords(config, config.settings(props)));
    }
}
