package io.cloudstorage.connect.format.parquet;

import java.util.Map;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;

import io.cloudstorage.connect.spi.format.FormatProvider;
import io.cloudstorage.connect.spi.format.RecordFormat;

/** One record per row of an Apache Parquet file. */
public final class ParquetFormatProvider implements FormatProvider {

    public static final String MAX_BUFFER_BYTES = "parquet.max.buffer.bytes";

    private static final int DEFAULT_MAX_BUFFER_BYTES = 256 * 1024 * 1024;

    @Override
    public String name() {
        return "parquet";
    }

    @Override
    public String description() {
        return "One record per row of an Apache Parquet file: the value is a struct whose fields are the file's "
                + "columns, with Connect's Decimal, Date, Time and Timestamp types where they fit. A read resumes "
                + "at the row group of its position, without reading the row groups before it.";
    }

    @Override
    public ConfigDef configDef() {
        return new ConfigDef().define(MAX_BUFFER_BYTES, ConfigDef.Type.INT, DEFAULT_MAX_BUFFER_BYTES,
                ConfigDef.Range.between(1024, Integer.MAX_VALUE - 8), ConfigDef.Importance.LOW,
                "The most bytes of one Parquet file that a reader holds in memory: the row group being read, as "
                        + "stored (compressed), and the file's footer. A file with a larger row group or footer is "
                        + "malformed data. A task holds one row group for each source partition it reads, so the "
                        + "worker's heap must hold this many bytes times the partitions of its tasks.",
                null, -1, ConfigDef.Width.SHORT, "Largest Parquet row group (bytes)");
    }

    @Override
    public RecordFormat create(Map<String, String> props) {
        return new ParquetFormat(new AbstractConfig(configDef(), props, false).getInt(MAX_BUFFER_BYTES));
    }
}
