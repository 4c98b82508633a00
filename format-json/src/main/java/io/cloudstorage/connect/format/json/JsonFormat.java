package io.cloudstorage.connect.format.json;

import java.io.IOException;

import io.cloudstorage.connect.spi.format.ObjectContent;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordReader;

/** A JSON document per object: one record, or one per element of a top-level array. */
final class JsonFormat implements RecordFormat {

    private final JsonRecords records;

    JsonFormat(JsonRecords records) {
        this.records = records;
    }

    @Override
    public RecordReader open(ObjectContent content, ReadPosition start) throws IOException {
        return new JsonDocumentReader(records, content, start);
    }
}
