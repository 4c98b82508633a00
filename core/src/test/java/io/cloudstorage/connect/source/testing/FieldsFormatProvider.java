package io.cloudstorage.connect.source.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;

import io.cloudstorage.connect.spi.format.FormatProvider;
import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.MalformedRecord;
import io.cloudstorage.connect.spi.format.ObjectContent;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.ReadResult;
import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordReader;

/**
 * The {@code fields} format of the core's unit tests: each line {@code name=value,name=value} becomes a schemaless
 * map; a line without '=' is a malformed record. Positions count lines (it never seeks), which is all the core
 * needs to be tested with values that have fields. With {@value #STORED_BYTES} it asks for objects as stored, as
 * container formats do.
 */
public final class FieldsFormatProvider implements FormatProvider {

    public static final String STORED_BYTES = "fields.stored.bytes";

    @Override
    public String name() {
        return "fields";
    }

    @Override
    public String description() {
        return "Lines of name=value pairs, for tests.";
    }

    @Override
    public ConfigDef configDef() {
        return new ConfigDef().define(STORED_BYTES, ConfigDef.Type.BOOLEAN, false, ConfigDef.Importance.LOW,
                "Whether the format reads objects as stored.");
    }

    @Override
    public RecordFormat create(Map<String, String> props) {
        boolean storedBytes = Boolean.parseBoolean(props.getOrDefault(STORED_BYTES, "false"));
        return new RecordFormat() {
            @Override
            public boolean needsStoredBytes() {
                return storedBytes;
            }

            @Override
            public RecordReader open(ObjectContent content, ReadPosition start) throws IOException {
                return FieldsFormatProvider.open(content, start);
            }
        };
    }

    private static RecordReader open(ObjectContent content, ReadPosition start) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(content.open(0), UTF_8));
        for (long i = 0; i < start.records(); i++) {
            lines.readLine();
        }
        return new RecordReader() {
            private long number = start.records();

            @Override
            public ReadResult next() throws IOException {
                String line = lines.readLine();
                if (line == null) {
                    return null;
                }
                ReadPosition next = new ReadPosition(++number, 0, number);
                if (!line.contains("=")) {
                    return new MalformedRecord(line.getBytes(UTF_8), "no name=value pair", next);
                }
                Map<String, Object> fields = new LinkedHashMap<>();
                for (String pair : line.split(",")) {
                    String[] nameAndValue = pair.split("=", 2);
                    fields.put(nameAndValue[0], nameAndValue[1].equals("null") ? null : nameAndValue[1]);
                }
                return new FormatRecord(null, fields, next);
            }

            @Override
            public void close() throws IOException {
                lines.close();
            }
        };
    }
}
