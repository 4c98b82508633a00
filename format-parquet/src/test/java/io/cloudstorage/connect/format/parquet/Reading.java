package io.cloudstorage.connect.format.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.data.ConnectSchema;
import org.apache.kafka.connect.data.Struct;

import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.InMemoryContent;
import io.cloudstorage.connect.spi.format.ObjectContent;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.ReadResult;
import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordReader;

/** Reads every record of a file, checking that each value is valid for its schema. */
final class Reading {

    static final RecordFormat FORMAT = new ParquetFormatProvider().create(Map.of());

    private Reading() {
    }

    /** A Parquet file as object content. */
    static InMemoryContent content(byte[] file) {
        return new InMemoryContent("file.parquet", file);
    }

    static List<FormatRecord> all(byte[] file) throws IOException {
        return all(FORMAT, content(file), ReadPosition.START);
    }

    static List<FormatRecord> all(RecordFormat format, ObjectContent content, ReadPosition start)
            throws IOException {
        List<FormatRecord> records = new ArrayList<>();
        try (RecordReader reader = format.open(content, start)) {
            for (ReadResult result = reader.next(); result != null; result = reader.next()) {
                FormatRecord record = (FormatRecord) result;
                ConnectSchema.validateValue(record.valueSchema(), record.value());
                ((Struct) record.value()).validate();
                records.add(record);
            }
        }
        return records;
    }

    /** The only row of {@code file}. */
    static Struct onlyRow(byte[] file) throws IOException {
        List<FormatRecord> records = all(file);
        assertThat(records).hasSize(1);
        return (Struct) records.get(0).value();
    }
}
