package io.cloudstorage.connect.format.json;

import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.ReadPosition;

/** The JSON value as it was read, without a schema: what JsonConverter with schemas.enable=false writes back. */
final class SchemalessMapping implements ValueMapping {

    @Override
    public boolean exactNumbers() {
        // Connect has no schemaless decimal: JsonConverter rejects a BigDecimal that comes without a schema.
        return false;
    }

    @Override
    public FormatRecord record(Object json, ReadPosition next) {
        return new FormatRecord(null, json, next);
    }
}
