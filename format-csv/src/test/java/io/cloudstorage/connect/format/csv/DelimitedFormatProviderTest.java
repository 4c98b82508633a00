package io.cloudstorage.connect.format.csv;

import static io.cloudstorage.connect.format.csv.Reading.props;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.ConfigKey;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.cloudstorage.connect.spi.format.FormatProvider;
import io.cloudstorage.connect.spi.plugin.ConfigIssue;

/** The providers' names, keys and the checks of their configuration. */
class DelimitedFormatProviderTest {

    @Test
    void bothFormatsAreFoundThroughTheServiceLoader() {
        assertThat(ServiceLoader.load(FormatProvider.class).stream().map(ServiceLoader.Provider::get)
                .map(FormatProvider::name)).contains("csv", "tsv");
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "tsv"})
    void everyKeyIsPrefixedDocumentedAndHasADefault(String name) {
        ConfigDef def = provider(name).configDef();

        assertThat(def.names()).containsExactlyInAnyOrder(
                name + ".header", name + ".columns", name + ".schema", name + ".delimiter", name + ".quote",
                name + ".escape", name + ".trim", name + ".empty.value", name + ".skip.lines",
                name + ".max.row.bytes", name + ".timestamp.pattern", name + ".timestamp.zone");
        for (ConfigKey key : def.configKeys().values()) {
            assertThat(key.hasDefault()).as(key.name).isTrue();
            assertThat(key.documentation).as(key.name).endsWith(".").hasSizeGreaterThan(40);
            assertThat(key.displayName).as(key.name).isNotBlank();
            assertThat(key.group).as(key.name).isNull();
            assertThat(key.orderInGroup).as(key.name).isEqualTo(-1);
        }
        assertThat(provider(name).description()).endsWith(".");
    }

    @Test
    void theDefaultsOfEveryKeyAreValid() {
        for (String name : List.of("csv", "tsv")) {
            ConfigDef def = provider(name).configDef();
            assertThat(def.validate(Map.of())).allSatisfy(value ->
                    assertThat(value.errorMessages()).as(value.name()).isEmpty());
        }
    }

    @Test
    void tsvHasATabDelimiterAndNoQuoteWhileCsvHasACommaAndDoubleQuotes() {
        Map<String, ConfigKey> csv = new CsvFormatProvider().configDef().configKeys();
        Map<String, ConfigKey> tsv = new TsvFormatProvider().configDef().configKeys();

        assertThat(csv.get("csv.delimiter").defaultValue).isEqualTo(",");
        assertThat(csv.get("csv.quote").defaultValue).isEqualTo("\"");
        assertThat(tsv.get("tsv.delimiter").defaultValue).isEqualTo("\\t");
        assertThat(tsv.get("tsv.quote").defaultValue).isEqualTo("");
        assertThat(csv.get("csv.escape").defaultValue).isEqualTo("");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "é", "\n"})
    void aDelimiterMustBeOneAsciiCharacter(String delimiter) {
        assertThat(errorsOf("csv", "csv.delimiter", delimiter)).singleElement().asString()
                .startsWith("Invalid value").contains("csv.delimiter");
    }

    @Test
    void aLiteralTabIsTrimmedByKafkaSoTheMessageSaysHowToWriteIt() {
        assertThat(errorsOf("csv", "csv.delimiter", "\t")).singleElement().asString().contains("\\t or tab");
    }

    @Test
    void anEmptyQuoteOrEscapeMeansNone() {
        assertThat(errorsOf("csv", "csv.quote", "")).isEmpty();
        assertThat(errorsOf("csv", "csv.escape", "")).isEmpty();
    }

    @Test
    void anInvalidSchemaIsReportedAgainstItsKeyNamingTheColumn() {
        assertThat(errorsOf("csv", "csv.schema", "id:int64,price:money")).singleElement().asString()
                .contains("column 'price' has the unknown type 'money'", "decimal(p,s)");
        assertThat(errorsOf("csv", "csv.schema", "id:int64,id:string")).singleElement().asString()
                .contains("column 'id' is declared twice");
        assertThat(errorsOf("csv", "csv.schema", "id")).singleElement().asString()
                .contains("column 1 ('id') is not written name:type");
        assertThat(errorsOf("csv", "csv.schema", "x:decimal(2,3)")).singleElement().asString()
                .contains("0 <= s <= p");
        assertThat(errorsOf("csv", "csv.schema", "a:int64,")).singleElement().asString()
                .contains("column 2");
    }

    @Test
    void aSchemaMayHaveSpacesAndAnyCaseInItsTypes() {
        assertThat(SchemaText.parse(" id : INT64 , price:Decimal( 10 , 2 ) ,ts:timestamp"))
                .containsExactly(new ColumnSpec("id", ColumnSpec.TypeName.INT64, 0, 0),
                        new ColumnSpec("price", ColumnSpec.TypeName.DECIMAL, 10, 2),
                        new ColumnSpec("ts", ColumnSpec.TypeName.TIMESTAMP, 0, 0));
    }

    @Test
    void columnsMustBeDistinctAndNonEmpty() {
        assertThat(errorsOf("csv", "csv.columns", "a,b,a")).singleElement().asString().contains("'a' appears twice");
        assertThat(errorsOf("csv", "csv.columns", "a,,b")).singleElement().asString().contains("empty");
    }

    @Test
    void invalidTimestampPatternsAndZonesAreReported() {
        assertThat(errorsOf("csv", "csv.timestamp.pattern", "yyyy-MM-dd {")).hasSize(1);
        assertThat(errorsOf("csv", "csv.timestamp.zone", "Mars/Olympus")).hasSize(1);
        assertThat(errorsOf("csv", "csv.timestamp.zone", "Europe/Paris")).isEmpty();
    }

    @Test
    void theDelimiterQuoteAndEscapeMustDiffer() {
        assertThat(new CsvFormatProvider().validate(props("csv.quote", ",")))
                .extracting(ConfigIssue::key).containsExactly("csv.quote");
        assertThat(new CsvFormatProvider().validate(props("csv.escape", "\"")))
                .extracting(ConfigIssue::key).containsExactly("csv.escape");
        assertThat(new TsvFormatProvider().validate(props("tsv.escape", "tab")))
                .extracting(ConfigIssue::key).containsExactly("tsv.escape");
        assertThat(new TsvFormatProvider().validate(props("tsv.quote", "\"", "tsv.escape", "\\"))).isEmpty();
    }

    @Test
    void columnsAndSchemaCannotBothBeSet() {
        List<ConfigIssue> issues = new CsvFormatProvider().validate(props("csv.columns", "a", "csv.schema", "a:int32"));

        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.key()).isEqualTo("csv.columns");
            assertThat(issue.message()).contains("csv.schema");
        });
    }

    @Test
    void validateLeavesKeysThatAreWrongOnTheirOwnToTheConfigDef() {
        assertThat(new CsvFormatProvider().validate(props("csv.delimiter", "too long", "csv.quote", ","))).isEmpty();
    }

    @Test
    void createRejectsWhatValidateReports() {
        assertThatThrownBy(() -> new CsvFormatProvider().create(props("csv.delimiter", ";", "csv.quote", ";")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("csv.quote");
    }

    @Test
    void theKeysOfTheOtherFormatAreIgnored() {
        assertThat(new CsvFormatProvider().create(props("tsv.delimiter", "not a character"))).isNotNull();
    }

    private static List<String> errorsOf(String format, String key, String value) {
        List<ConfigValue> values = provider(format).configDef().validate(Map.of(key, value));
        return values.stream().filter(v -> v.name().equals(key)).findFirst().orElseThrow().errorMessages();
    }

    private static FormatProvider provider(String name) {
        return name.equals("csv") ? new CsvFormatProvider() : new TsvFormatProvider();
    }
}
