package io.cloudstorage.connect.format.avro;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

/**
 * How the files of a task are read: with the schema each was written with, or with the configured reader schema.
 * The Connect mapping of a schema is made once and kept for the files written with the same schema, so that a
 * file costs one mapping and a datum none.
 */
final class FileSchemas {

    private static final int CACHED_SCHEMAS = 64;

    private final Schema readerSchema;
    private final ConnectMapping readerMapping;
    private final Map<Schema, ConnectMapping> byWriterSchema = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Schema, ConnectMapping> eldest) {
            return size() > CACHED_SCHEMAS;
        }
    };

    private FileSchemas(Schema readerSchema, ConnectMapping readerMapping) {
        this.readerSchema = readerSchema;
        this.readerMapping = readerMapping;
    }

    /** Each file is read with the schema it was written with. */
    static FileSchemas asWritten() {
        return new FileSchemas(null, null);
    }

    /** Every file is read with {@code readerSchema}, by Avro's schema resolution. */
    static FileSchemas resolvedTo(Schema readerSchema) throws UnsupportedSchemaException {
        return new FileSchemas(readerSchema, SchemaMapper.map(readerSchema));
    }

    /** How to read a file written with {@code writerSchema}. */
    synchronized FileSchema forWriter(Schema writerSchema) throws UnsupportedSchemaException {
        if (readerSchema != null) {
            checkResolvable(writerSchema);
            return new FileSchema(writerSchema, readerSchema, readerMapping);
        }
        ConnectMapping mapping = byWriterSchema.get(writerSchema);
        if (mapping == null) {
            mapping = SchemaMapper.map(writerSchema);
            byWriterSchema.put(writerSchema, mapping);
        }
        return new FileSchema(writerSchema, writerSchema, mapping);
    }

    private void checkResolvable(Schema writerSchema) throws UnsupportedSchemaException {
        SchemaPairCompatibility compatibility =
                SchemaCompatibility.checkReaderWriterCompatibility(readerSchema, writerSchema);
        if (compatibility.getType() == SchemaCompatibilityType.INCOMPATIBLE) {
            throw new UnsupportedSchemaException("its schema cannot be read as the schema of "
                    + AvroFormatProvider.READER_SCHEMA + ": " + compatibility.getResult().getIncompatibilities()
                    .stream().map(problem -> problem.getMessage() + " at " + problem.getLocation())
                    .collect(Collectors.joining("; ")));
        }
    }

    /** The schema a file was written with, the one it is read as, and the latter's Connect mapping. */
    record FileSchema(Schema writer, Schema reader, ConnectMapping mapping) {
    }
}
