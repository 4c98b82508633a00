package io.cloudstorage.connect.format.avro;

import java.util.Map;

import org.apache.avro.Schema;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

import io.cloudstorage.connect.spi.format.FormatProvider;
import io.cloudstorage.connect.spi.format.RecordFormat;

/** One record per datum of an Avro object container file. */
public final class AvroFormatProvider implements FormatProvider {

    public static final String READER_SCHEMA = "avro.schema";
    public static final String MAX_BLOCK_BYTES = "avro.max.block.bytes";

    private static final int DEFAULT_MAX_BLOCK_BYTES = 16 * 1024 * 1024;
    private static final int MIN_BLOCK_BYTES = 1024;

    @Override
    public String name() {
        return "avro";
    }

    @Override
    public String description() {
        return "One record per datum of an Avro object container file (.avro), with a Connect schema mapped from "
                + "the file's Avro schema; blocks compressed with null, deflate, snappy, zstandard, bzip2 or xz.";
    }

    @Override
    public ConfigDef configDef() {
        return new ConfigDef()
                .define(READER_SCHEMA, ConfigDef.Type.STRING, null, new ReaderSchemaValidator(),
                        ConfigDef.Importance.MEDIUM,
                        "A reader schema, as Avro JSON, to read every file as by Avro's schema resolution: a field "
                                + "the schema has and a file lacks takes its default, a field the schema lacks is "
                                + "dropped, and numbers are widened where Avro allows it. All records then have "
                                + "one Connect schema, whatever version of the schema each file was written with. "
                                + "A file whose schema cannot be resolved to it cannot be read (malformed data). "
                                + "If empty, each file is read with the schema it was written with.",
                        null, -1, ConfigDef.Width.LONG, "Avro reader schema")
                .define(MAX_BLOCK_BYTES, ConfigDef.Type.INT, DEFAULT_MAX_BLOCK_BYTES,
                        ConfigDef.Range.between(MIN_BLOCK_BYTES, Integer.MAX_VALUE - 8), ConfigDef.Importance.LOW,
                        "The largest block of an Avro file, in bytes as stored and decompressed, that is read. A "
                                + "block holds many records and is held in memory whole while they are read; the "
                                + "records of a larger block are malformed. Writers make blocks of about their "
                                + "sync interval (64,000 bytes by default in Avro's own writer); raise this for "
                                + "files written with a larger one.",
                        null, -1, ConfigDef.Width.SHORT, "Largest Avro block (bytes)");
    }

    @Override
    public RecordFormat create(Map<String, String> props) {
        AbstractConfig config = new AbstractConfig(configDef(), props, false);
        String readerSchema = config.getString(READER_SCHEMA);
        FileSchemas schemas = readerSchema == null || readerSchema.isBlank()
                ? FileSchemas.asWritten()
                : ReaderSchemaValidator.fileSchemas(readerSchema);
        return new AvroFormat(schemas, config.getInt(MAX_BLOCK_BYTES));
    }

    /** A reader schema must parse, and map to a Connect schema. */
    private static final class ReaderSchemaValidator implements ConfigDef.Validator {

        @Override
        public void ensureValid(String name, Object value) {
            if (value != null && !((String) value).isBlank()) {
                fileSchemas((String) value);
            }
        }

        static FileSchemas fileSchemas(String json) {
            Schema schema;
            try {
                schema = new Schema.Parser().parse(json);
            } catch (RuntimeException e) {
                throw new ConfigException(READER_SCHEMA + " is not a valid Avro schema: " + e.getMessage());
            }
            try {
                return FileSchemas.resolvedTo(schema);
            } catch (UnsupportedSchemaException e) {
                throw new ConfigException(READER_SCHEMA + " cannot be read into Kafka Connect records: "
                        + e.getMessage());
            }
        }

        @Override
        public String toString() {
            return "an Avro schema as JSON";
        }
    }
}
