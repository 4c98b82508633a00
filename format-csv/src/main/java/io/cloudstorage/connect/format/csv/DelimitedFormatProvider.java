package io.cloudstorage.connect.format.csv;

import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

import io.cloudstorage.connect.spi.format.FormatProvider;
import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.plugin.ConfigIssue;

/** A delimited-text format: the same reader and keys under the format's name, with the format's defaults. */
abstract class DelimitedFormatProvider implements FormatProvider {

    private final String name;
    private final String description;
    private final DialectDefaults defaults;

    DelimitedFormatProvider(String name, String description, DialectDefaults defaults) {
        this.name = name;
        this.description = description;
        this.defaults = defaults;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final ConfigDef configDef() {
        return DelimitedConfig.configDef(name, defaults);
    }

    @Override
    public final List<ConfigIssue> validate(Map<String, String> props) {
        return DelimitedConfig.issues(name, defaults, props);
    }

    @Override
    public final RecordFormat create(Map<String, String> props) {
        List<ConfigIssue> issues = validate(props);
        if (!issues.isEmpty()) {
            ConfigIssue first = issues.get(0);
            throw new ConfigException(first.key(), props.get(first.key()), first.message());
        }
        return new DelimitedFormat(new DelimitedConfig(name, defaults, props));
    }
}
