package io.cloudstorage.connect.format.json;

import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;

import io.cloudstorage.connect.spi.format.FormatProvider;
import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.plugin.ConfigIssue;

/** JSON Lines: one record per line, each line a JSON value. */
public final class JsonLinesFormatProvider implements FormatProvider {

    public static final String NAME = "jsonl";
    public static final String MAX_BYTES = NAME + ".max.bytes";
    public static final String SCHEMA_MODE = NAME + ".schema.mode";
    public static final String SCHEMA = NAME + ".schema";

    private final JsonFormatConfig config = new JsonFormatConfig(NAME,
            "The longest line, in bytes without its line ending, that is read. A longer line is a malformed "
                    + "record (see errors.policy) of which only the first " + MAX_BYTES + " bytes are kept: it "
                    + "bounds the memory a task needs whatever the objects hold.");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "JSON Lines: one record per line of UTF-8 text ('\\n' or '\\r\\n' line endings, blank lines skipped), "
                + "each line a JSON value; a line that is not is a malformed record.";
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
        return new JsonLinesFormat(new JsonRecords(config, config.settings(props)));
    }
}
