package io.cloudstorage.connect.format.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.cloudstorage.connect.spi.format.FormatProvider;
import io.cloudstorage.connect.spi.plugin.ConfigIssue;

class JsonFormatProvidersTest {

    static List<FormatProvider> providers() {
        return List.of(new JsonLinesFormatProvider(), new JsonFormatProvider());
    }

    @Test
    void bothFormatsAreFoundThroughTheServiceLoader() {
        assertThat(ServiceLoader.load(FormatProvider.class).stream().map(provider -> provider.get().name()))
                .contains("jsonl", "json");
    }

    @ParameterizedTest
    @MethodSource("providers")
    void everyKeyStartsWithTheFormatsNameAndHasADefaultAndDocumentation(FormatProvider provider) {
        assertThat(provider.configDef().configKeys().values()).hasSize(3).allSatisfy(key -> {
            assertThat(key.name).startsWith(provider.name() + ".");
            assertThat(key.hasDefault()).isTrue();
            assertThat(key.documentation).isNotBlank().endsWith(".");
            assertThat(key.displayName).isNotBlank();
        });
        assertThat(provider.configDef().configKeys().keySet()).containsExactly(provider.name() + ".max.bytes",
                provider.name() + ".schema.mode", provider.name() + ".schema");
        assertThat(ConfigDef.convertToString(provider.configDef().configKeys()
                .get(provider.name() + ".schema.mode").defaultValue, ConfigDef.Type.STRING)).isEqualTo("infer");
    }

    @ParameterizedTest
    @MethodSource("providers")
    void theGivenModeNeedsASchema(FormatProvider provider) {
        List<ConfigIssue> issues = provider.validate(Map.of(provider.name() + ".schema.mode", "given"));

        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.key()).isEqualTo(provider.name() + ".schema");
            assertThat(issue.message()).startsWith("Required when " + provider.name() + ".schema.mode=given");
        });
    }

    @ParameterizedTest
    @MethodSource("providers")
    void anInvalidSchemaIsAnIssueSayingWhatIsWrong(FormatProvider provider) {
        List<ConfigIssue> issues = provider.validate(Map.of(provider.name() + ".schema.mode", "GIVEN",
                provider.name() + ".schema", "{\"type\":\"struct\",\"fields\":[{\"field\":\"a\",\"type\":\"int\"}]}"));

        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.key()).isEqualTo(provider.name() + ".schema");
            assertThat(issue.message()).contains("At $.fields[0] (field 'a'): unknown type 'int'");
        });
        assertThatThrownBy(() -> provider.create(Map.of(provider.name() + ".schema.mode", "given",
                provider.name() + ".schema", "{}"))).isInstanceOf(ConfigException.class).hasMessageContaining(
                        provider.name() + ".schema");
    }

    @ParameterizedTest
    @MethodSource("providers")
    void aSchemaThatAnotherModeWouldIgnoreIsAnIssue(FormatProvider provider) {
        List<ConfigIssue> issues = provider.validate(Map.of(provider.name() + ".schema", "{\"type\":\"string\"}"));

        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.key()).isEqualTo(provider.name() + ".schema");
            assertThat(issue.message()).contains("is infer");
        });
    }

    @ParameterizedTest
    @MethodSource("providers")
    void aValidConfigurationHasNoIssues(FormatProvider provider) {
        assertThat(provider.validate(Map.of())).isEmpty();
        assertThat(provider.validate(Map.of(provider.name() + ".schema.mode", "Schemaless"))).isEmpty();
        assertThat(provider.validate(Map.of(provider.name() + ".schema.mode", "given",
                provider.name() + ".schema", "{\"type\":\"string\"}"))).isEmpty();
        assertThat(provider.validate(Map.of(provider.name() + ".schema.mode", "unknown"))).as(
                "a wrong value alone is for the ConfigDef to report").isEmpty();
    }
}
