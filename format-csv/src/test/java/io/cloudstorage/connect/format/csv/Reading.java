package io.cloudstorage.connect.format.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.data.Struct;

import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.InMemoryContent;
import io.cloudstorage.connect.spi.format.ObjectContent;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.ReadResult;
import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordReader;

/** Reads objects with a configured format, for tests. */
final class Reading {

    private Reading() {
    }

    /** The csv format with the keys given as key, value, key, value... */
    static RecordFormat csv(String... keysAndValues) {
        return new CsvFormatProvider().create(props(keysAndValues));
    }

    static RecordFormat tsv(String... keysAndValues) {
        return new TsvFormatProvider().create(props(keysAndValues));
    }

    static Map<String, String> props(String... keysAndValues) {
        Map<String, String> props = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            props.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return props;
    }

    static InMemoryContent content(String text) {
        return new InMemoryContent("object.csv", text.getBytes(UTF_8));
    }

    static List<ReadResult> results(RecordFormat format, String text) throws IOException {
        return results(format, content(text), ReadPosition.START);
    }

    static List<ReadResult> results(RecordFormat format, ObjectContent content, ReadPosition start)
            throws IOException {
        List<ReadResult> results = new ArrayList<>();
        try (RecordReader reader = format.open(content, start)) {
            for (ReadResult result = reader.next(); result != null; result = reader.next()) {
                results.add(result);
            }
        }
        return results;
    }

    /** The records' values, all of which must be good records. */
    static List<Struct> values(RecordFormat format, String text) throws IOException {
        List<Struct> values = new ArrayList<>();
        for (ReadResult result : results(format, text)) {
            assertThat(result).isInstanceOf(FormatRecord.class);
            values.add((Struct) ((FormatRecord) result).value());
        }
        return values;
    }

    /** The value of the only record of {@code text}. */
    static Struct onlyValue(RecordFormat format, String text) throws IOException {
        List<Struct> values = values(format, text);
        assertThat(values).hasSize(1);
        return values.get(0);
    }
}
