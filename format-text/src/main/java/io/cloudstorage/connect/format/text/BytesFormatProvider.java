package io.cloudstorage.connect.format.text;

import java.util.Map;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;

import io.cloudstorage.connect.spi.format.FormatProvider;
import io.cloudstorage.connect.spi.format.RecordFormat;

/** One record per object, holding its bytes as they are. */
public final class BytesFormatProvider implements FormatProvider {

    public static final String MAX_BYTES = "bytes.max.bytes";

    private static final int DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

    @Override
    public String name() {
        return "bytes";
    }

    @Override
    public String description() {
        return "One record per object: the value is the object's content as bytes, unchanged.";
    }

    @Override
    public ConfigDef configDef() {
        return new ConfigDef().define(MAX_BYTES, ConfigDef.Type.INT, DEFAULT_MAX_BYTES,
                ConfigDef.Range.between(0, Integer.MAX_VALUE - 8), ConfigDef.Importance.MEDIUM,
                "The largest object, in bytes, that is read: a larger one is malformed data. The whole object is "
                        + "held in memory, and Kafka must accept a record of that size (the worker's producer "
                        + "max.request.size and the topic's max.message.bytes).",
                null, -1, ConfigDef.Width.SHORT, "Largest object (bytes)");
    }

    @Override
    public RecordFormat create(Map<String, String> props) {
        return new BytesFormat(new AbstractConfig(configDef(), props, false).getInt(MAX_BYTES));
    }
}
