package io.cloudstorage.connect.format.json;

import java.io.IOException;

import io.cloudstorage.connect.spi.format.ObjectContent;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordReader;

/** A JSON value per line; lines resume at a byte offset: the position after a line is where the next starts. */
final class JsonLinesFormat implements RecordFormat {

    private final JsonRecords records;

    JsonLinesFormat(JsonRecords records) {
        this.records = records;
    }

    @Override
    public RecordReader open(ObjectContent content, ReadPosition start) throws IOException {
        return new JsonLinesReader(records, content, start);
    }
}
