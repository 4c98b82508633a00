package io.cloudstorage.connect.format.text;

import java.util.Map;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;

import io.cloudstorage.connect.spi.format.FormatProvider;
import io.cloudstorage.connect.spi.format.RecordFormat;

/** One record per line of UTF-8 text. */
public final class LinesFormatProvider implements FormatProvider {

    public static final String MAX_BYTES = "lines.max.bytes";
    public static final String SKIP_EMPTY = "lines.skip.empty";

    private static final int DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

    @Override
    public String name() {
        return "lines";
    }

    @Override
    public String description() {
        return "One record per line: the value is the line as a UTF-8 string, without its line ending "
                + "('\\n' or '\\r\\n'). The last line needs no line ending.";
    }

    @Override
    public ConfigDef configDef() {
        return new ConfigDef()
                .define(MAX_BYTES, ConfigDef.Type.INT, DEFAULT_MAX_BYTES,
                        ConfigDef.Range.between(1, Integer.MAX_VALUE - 8), ConfigDef.Importance.LOW,
                        "The longest line, in bytes without its line ending, that is read. A longer line is "
                                + "malformed data: it bounds the memory a task needs whatever the objects hold.",
                        null, -1, ConfigDef.Width.SHORT, "Longest line (bytes)")
                .define(SKIP_EMPTY, ConfigDef.Type.BOOLEAN, false, ConfigDef.Importance.LOW,
                        "Whether empty lines are skipped instead of becoming records with an empty value.",
                        null, -1, ConfigDef.Width.SHORT, "Skip empty lines");
    }

    @Override
    public RecordFormat create(Map<String, String> props) {
        AbstractConfig config = new AbstractConfig(configDef(), props, false);
        return new LinesFormat(config.getInt(MAX_BYTES), config.getBoolean(SKIP_EMPTY));
    }
}
