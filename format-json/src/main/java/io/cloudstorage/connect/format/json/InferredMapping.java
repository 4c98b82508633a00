package io.cloudstorage.connect.format.json;

import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.ReadPosition;

/**
 * Values with the schema inferred from every record the task has read so far, this one included. One instance
 * lives as long as the task's format, so the schema keeps widening across objects.
 */
final class InferredMapping implements ValueMapping {

    private final InferredType root = new InferredType();
    private final JsonText text;

    InferredMapping(JsonText text) {
        this.text = text;
    }

    @Override
    public boolean exactNumbers() {
        return false;
    }

    @Override
    public FormatRecord record(Object json, ReadPosition next) {
        root.observe(json);
        return new FormatRecord(root.schema(), root.convert(json, text), next);
    }
}
