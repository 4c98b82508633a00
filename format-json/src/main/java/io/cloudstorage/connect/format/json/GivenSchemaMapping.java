package io.cloudstorage.connect.format.json;

import org.apache.kafka.connect.data.Schema;

import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.ReadPosition;

/** Values of the schema the user gave; a value that does not fit it is a mismatch naming the field. */
final class GivenSchemaMapping implements ValueMapping {

    private final Schema schema;
    private final GivenConversion.Converter converter;
    private final boolean exactNumbers;

    GivenSchemaMapping(Schema schema) {
        this.schema = schema;
        this.converter = GivenConversion.of(schema);
        this.exactNumbers = GivenConversion.needsExactNumbers(schema);
    }

    @Override
    public boolean exactNumbers() {
        return exactNumbers;
    }

    @Override
    public FormatRecord record(Object json, ReadPosition next) {
        return new FormatRecord(schema, converter.convert(json), next);
    }
}
