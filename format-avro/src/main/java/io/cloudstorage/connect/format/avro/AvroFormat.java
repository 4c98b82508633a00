package io.cloudstorage.connect.format.avro;

import java.io.IOException;

import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;

import io.cloudstorage.connect.format.avro.FileSchemas.FileSchema;
import io.cloudstorage.connect.spi.format.MalformedDataException;
import io.cloudstorage.connect.spi.format.ObjectContent;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordReader;

/**
 * Avro object container files resume at a block: a position's {@code seek} is the byte offset where a block starts
 * and its {@code skip} the datums of that block already read. A reader reads the header (schema, codec, sync
 * marker) at the start of the file, then opens the content again at the block, without reading the blocks before
 * it; where the content's size is unknown (it is decompressed as it is read, so opening it anywhere decompresses
 * all that comes before), it steps over them in the stream it read the header from instead.
 */
final class AvroFormat implements RecordFormat {

    /** Values as Avro's generic reader yields them by default, without logical type conversions. */
    private static final GenericData DATA = new GenericData();

    private final FileSchemas schemas;
    private final int maxBlockBytes;

    AvroFormat(FileSchemas schemas, int maxBlockBytes) {
        this.schemas = schemas;
        this.maxBlockBytes = maxBlockBytes;
    }

    @Override
    public RecordReader open(ObjectContent content, ReadPosition start) throws IOException {
        ContainerInput input = ContainerInput.open(content, 0);
        try {
            ContainerHeader header = ContainerHeader.read(input, maxBlockBytes);
            FileSchema schema = schemas.forWriter(header.schema());
            input = input.moveTo(content, Math.max(start.seek(), header.firstBlock()));
            return new AvroRecordReader(input, header,
                    new GenericDatumReader<>(schema.writer(), schema.reader(), DATA), schema.mapping(),
                    maxBlockBytes, start);
        } catch (CorruptDataException | UnsupportedSchemaException e) {
            input.close();
            throw new MalformedDataException(e.getMessage(), start.records() + 1, e);
        } catch (IOException | RuntimeException e) {
            input.close();
            throw e;
        }
    }
}
