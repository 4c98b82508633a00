package io.cloudstorage.connect.spi.format;

import java.util.Map;

import io.cloudstorage.connect.spi.plugin.Provider;

/** Creates {@link RecordFormat}s for one way of turning object content into records (lines, bytes, ...). */
public interface FormatProvider extends Provider {

    /**
     * Creates the format from the connector's whole configuration, reading the provider's own keys.
     *
     * @throws org.apache.kafka.common.config.ConfigException if {@link #validate(Map)} would report a problem
     */
    RecordFormat create(Map<String, String> props);
}
