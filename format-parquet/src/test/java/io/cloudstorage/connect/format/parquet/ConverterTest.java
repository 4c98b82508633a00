package io.cloudstorage.connect.format.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.json.JsonConverter;
import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.spi.format.FormatRecord;

/** Records go through any converter: JsonConverter with schemas must give every row back as it was. */
class ConverterTest {

    @Test
    void everyRowSurvivesJsonConverterWithSchemasUnchanged() throws IOException {
        ParquetFiles files = People.files().rowGroupRows(30);
        JsonConverter converter = new JsonConverter();
        converter.configure(Map.of("schemas.enable", "true"), false);

        for (FormatRecord record : Reading.all(files.write(People.rows(files, 100)))) {
            byte[] json = converter.fromConnectData("topic", record.valueSchema(), record.value());
            SchemaAndValue back = converter.toConnectData("topic", json);

            assertThat(back.schema()).isEqualTo(record.valueSchema());
            assertThat(back.value()).isEqualTo(record.value());
        }
    }
}
