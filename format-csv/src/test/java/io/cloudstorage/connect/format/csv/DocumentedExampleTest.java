package io.cloudstorage.connect.format.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.connect.json.JsonConverter;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.InMemoryContent;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.ReadResult;

/** The example of docs/formats/csv.md: its CSV, read with its settings, serializes as its JSON shows. */
class DocumentedExampleTest {

    private static final Path DOC = Path.of("..", "docs", "formats", "csv.md");

    @Test
    void theFirstRecordOfTheExampleIsTheDocumentedJson() throws IOException {
        String doc = Files.readString(DOC, UTF_8);
        Properties settings = new Properties();
        settings.load(new StringReader(block(doc, "properties")));
        Map<String, String> props = new HashMap<>();
        settings.stringPropertyNames().forEach(key -> props.put(key, settings.getProperty(key)));

        List<ReadResult> records = Reading.results(new CsvFormatProvider().create(props),
                new InMemoryContent("orders.csv", block(doc, "csv").getBytes(UTF_8)), ReadPosition.START);
        FormatRecord first = (FormatRecord) records.get(0);

        assertThat(props).containsEntry("format", "csv");
        assertThat(records).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(serialized(props, first))).isEqualTo(json.readTree(block(doc, "json")));
    }

    private static byte[] serialized(Map<String, String> props, FormatRecord record) {
        Map<String, String> converterConfig = new HashMap<>();
        String prefix = "value.converter.";
        props.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                converterConfig.put(key.substring(prefix.length()), value);
            }
        });
        assertThat(props).containsEntry("value.converter", JsonConverter.class.getName());
        try (JsonConverter converter = new JsonConverter()) {
            converter.configure(converterConfig, false);
            return converter.fromConnectData("orders", record.valueSchema(), record.value());
        }
    }

    /** The first fenced block of the language. */
    private static String block(String doc, String language) {
        Matcher block = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(block.find()).as("a ```%s block in %s", language, DOC).isTrue();
        return block.group(1);
    }
}
