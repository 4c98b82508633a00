package io.cloudstorage.connect.format.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.spi.format.FormatProvider;

class AvroFormatProviderTest {

    @Test
    void isFoundThroughTheServiceLoaderAsAvro() {
        assertThat(ServiceLoader.load(FormatProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(provider -> provider.name().equals("avro")).toList())
                .singleElement().isInstanceOf(AvroFormatProvider.class);
    }

    @Test
    void everyKeyIsPrefixedDocumentedAndHasADefault() {
        ConfigDef configDef = new AvroFormatProvider().configDef();

        assertThat(configDef.configKeys().values()).allSatisfy(key -> {
            assertThat(key.name).startsWith("avro.");
            assertThat(key.documentation).endsWith(".");
            assertThat(key.hasDefault()).isTrue();
            assertThat(key.displayName).isNotBlank();
        });
        assertThat(configDef.names()).containsExactlyInAnyOrder(AvroFormatProvider.READER_SCHEMA,
                AvroFormatProvider.MAX_BLOCK_BYTES);
    }

    @Test
    void aReaderSchemaThatIsNotValidAvroIsReportedAgainstItsKey() {
        Map<String, String> props = Map.of(AvroFormatProvider.READER_SCHEMA, "{\"type\": \"record\"");

        assertThat(errorsOf(props)).singleElement().asString()
                .startsWith("avro.schema is not a valid Avro schema");
        assertThatThrownBy(() -> new AvroFormatProvider().create(props)).isInstanceOf(ConfigException.class);
    }

    @Test
    void aRecursiveReaderSchemaIsReportedAgainstItsKey() {
        Map<String, String> props = Map.of(AvroFormatProvider.READER_SCHEMA, """
                {"type": "record", "name": "Node", "fields": [{"name": "next", "type": ["null", "Node"]}]}""");

        assertThat(errorsOf(props)).singleElement().asString()
                .isEqualTo("avro.schema cannot be read into Kafka Connect records: the schema is recursive "
                        + "(Node -> Node), and Kafka Connect schemas cannot be");
    }

    @Test
    void theKeysOfAConnectorThatDoesNotUseAvroParseWithoutBeingSet() {
        assertThat(errorsOf(Map.of())).isEmpty();
        assertThat(new AvroFormatProvider().validate(Map.of())).isEmpty();
    }

    private static List<String> errorsOf(Map<String, String> props) {
        return new AvroFormatProvider().configDef().validate(props).stream()
                .filter(value -> value.name().equals(AvroFormatProvider.READER_SCHEMA))
                .map(ConfigValue::errorMessages).flatMap(List::stream).toList();
    }
}
