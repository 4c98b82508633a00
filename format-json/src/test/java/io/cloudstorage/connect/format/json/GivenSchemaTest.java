package io.cloudstorage.connect.format.json;

import static io.cloudstorage.connect.format.json.Reads.content;
import static io.cloudstorage.connect.format.json.Reads.readAll;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.data.ConnectSchema;
import org.apache.kafka.connect.data.Struct;
import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.MalformedRecord;
import io.cloudstorage.connect.spi.format.ReadResult;
import io.cloudstorage.connect.spi.format.RecordFormat;

/** The given schema mode, through the jsonl format: how JSON values become values of the schema, or do not. */
class GivenSchemaTest {

    @Test
    void aMissingRequiredFieldIsMalformedNamingTheField() throws IOException {
        MalformedRecord malformed = malformed(struct("{\"field\":\"id\",\"type\":\"int64\"}"), "{\"other\":1}");

        assertThat(malformed.reason()).isEqualTo("Field 'id': is missing or null, but the schema requires int64");
        assertThat(malformed.raw()).asString(UTF_8).isEqualTo("{\"other\":1}");
    }

    @Test
    void aValueOfTheWrongTypeIsMalformedNamingTheNestedField() throws IOException {
        String schema = struct("{\"field\":\"user\",\"type\":\"struct\",\"fields\":[{\"field\":\"tags\","
                + "\"type\":\"array\",\"items\":{\"type\":\"string\"}}]}");

        assertThat(malformed(schema, "{\"user\":{\"tags\":[\"a\",2]}}").reason())
                .isEqualTo("Field 'user.tags[1]': expected a string, found an integer");
        assertThat(malformed(schema, "{\"user\":[]}").reason())
                .isEqualTo("Field 'user': expected an object, found an array");
        assertThat(malformed(schema, "[]").reason()).isEqualTo("The value: expected an object, found an array");
    }

    @Test
    void fieldsTheSchemaDoesNotNameAreIgnored() throws IOException {
        Struct value = (Struct) value(struct("{\"field\":\"a\",\"type\":\"string\"}"),
                "{\"z\":{\"deep\":[1]},\"a\":\"kept\",\"b\":2}");

        assertThat(value.schema().fields()).hasSize(1);
        assertThat(value.get("a")).isEqualTo("kept");
    }

    @Test
    void missingAndNullFieldsTakeTheirDefaultOrNull() throws IOException {
        String schema = struct("{\"field\":\"n\",\"type\":\"int32\",\"default\":7},"
                + "{\"field\":\"s\",\"type\":\"string\",\"optional\":true}");

        assertThat(((Struct) value(schema, "{}")).get("n")).isEqualTo(7);
        assertThat(((Struct) value(schema, "{\"n\":null}")).get("n")).isEqualTo(7);
        assertThat(((Struct) value(schema, "{\"n\":1}")).get("s")).isNull();
    }

    @Test
    void decimalsAreExactAtTheSchemasScale() throws IOException {
        String schema = "{\"type\":\"bytes\",\"name\":\"org.apache.kafka.connect.data.Decimal\","
                + "\"parameters\":{\"scale\":\"2\"}}";

        assertThat(value(schema, "0.1")).isEqualTo(new BigDecimal("0.10"));
        assertThat(value(schema, "\"123456789012345678901234567890.5\""))
                .isEqualTo(new BigDecimal("123456789012345678901234567890.50"));
        assertThat(value(schema, "123456789012345678901234567890"))
                .isEqualTo(new BigDecimal("123456789012345678901234567890.00"));
        assertThat(value(schema, "1e2")).isEqualTo(new BigDecimal("100.00"));
        assertThat(malformed(schema, "1.234").reason()).contains("more decimal places than the schema's scale 2");
        assertThat(malformed(schema, "\"abc\"").reason()).contains("expected a decimal number");
        assertThat(malformed(schema, "1e999999999").reason()).contains("digits before the point");
    }

    @Test
    void integersMustBeWholeAndInTheRangeOfTheirType() throws IOException {
        assertThat(value("{\"type\":\"int8\"}", "-128")).isEqualTo((byte) -128);
        assertThat(value("{\"type\":\"int16\"}", "1.0")).isEqualTo((short) 1);
        assertThat(value("{\"type\":\"int32\"}", "2e3")).isEqualTo(2000);
        assertThat(value("{\"type\":\"int64\"}", "-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
        assertThat(malformed("{\"type\":\"int8\"}", "128").reason()).contains("128 is out of the range of int8");
        assertThat(malformed("{\"type\":\"int32\"}", "1.5").reason()).contains("not an integer");
        assertThat(malformed("{\"type\":\"int64\"}", "9223372036854775808").reason())
                .contains("not an integer in the range of int64");
        assertThat(malformed("{\"type\":\"int64\"}", "\"1\"").reason())
                .contains("expected an integer, found a string");
    }

    @Test
    void floatsBooleansAndStringsAreStrict() throws IOException {
        assertThat(value("{\"type\":\"float64\"}", "1")).isEqualTo(1.0);
        assertThat(value("{\"type\":\"float32\"}", "0.5")).isEqualTo(0.5f);
        assertThat(malformed("{\"type\":\"float64\"}", "1e400").reason()).contains("out of the range of float64");
        assertThat(malformed("{\"type\":\"float32\"}", "1e39").reason()).contains("out of the range of float32");
        assertThat(malformed("{\"type\":\"boolean\"}", "\"true\"").reason()).contains("expected a boolean");
        assertThat(malformed("{\"type\":\"string\"}", "12").reason()).contains("expected a string");
    }

    @Test
    void timesAcceptNumbersAsConnectStoresThemAndIsoText() throws IOException {
        String timestamp = "{\"type\":\"int64\",\"name\":\"org.apache.kafka.connect.data.Timestamp\"}";
        String date = "{\"type\":\"int32\",\"name\":\"org.apache.kafka.connect.data.Date\"}";
        String time = "{\"type\":\"int32\",\"name\":\"org.apache.kafka.connect.data.Time\"}";

        assertThat(value(timestamp, "\"2026-11-27T10:15:30.5+01:00\"")).isEqualTo(new Date(1_795_770_930_500L));
        assertThat(value(timestamp, "1795770930500")).isEqualTo(new Date(1_795_770_930_500L));
        assertThat(value(date, "\"2026-11-27\"")).isEqualTo(new Date(20_784L * 86_400_000L));
        assertThat(value(date, "20784")).isEqualTo(new Date(20_784L * 86_400_000L));
        assertThat(value(time, "\"10:15:30.250\"")).isEqualTo(new Date(36_930_250L));
        assertThat(value(time, "36930250")).isEqualTo(new Date(36_930_250L));
        assertThat(malformed(timestamp, "\"2026-11-27T10:15:30\"").reason()).contains("with an offset");
        assertThat(malformed(time, "86400000").reason()).contains("out of the range");
    }

    @Test
    void bytesAreBase64() throws IOException {
        assertThat((byte[]) value("{\"type\":\"bytes\"}", "\"AQID\"")).containsExactly(1, 2, 3);
        assertThat(malformed("{\"type\":\"bytes\"}", "\"not base64!\"").reason()).contains("base64");
    }

    @Test
    void mapsWithStringKeysAreObjectsAndMapsWithOtherKeysArePairs() throws IOException {
        assertThat(value("{\"type\":\"map\",\"keys\":{\"type\":\"string\"},\"values\":{\"type\":\"int32\"}}",
                "{\"a\":1,\"b\":2}")).isEqualTo(Map.of("a", 1, "b", 2));
        assertThat(value("{\"type\":\"map\",\"keys\":{\"type\":\"int64\"},\"values\":{\"type\":\"string\"}}",
                "[[1,\"one\"],[2,\"two\"]]")).isEqualTo(Map.of(1L, "one", 2L, "two"));
        assertThat(malformed("{\"type\":\"map\",\"keys\":{\"type\":\"string\"},\"values\":{\"type\":\"int32\"}}",
                "{\"a\":1,\"b\":\"x\"}").reason()).startsWith("Field 'b': ");
        assertThat(malformed("{\"type\":\"map\",\"keys\":{\"type\":\"int64\"},\"values\":{\"type\":\"string\"}}",
                "[[1,\"one\"],[2]]").reason()).startsWith("Field '[1]': ");
    }

    @Test
    void aNullRecordFitsOnlyAnOptionalSchema() throws IOException {
        assertThat(value("{\"type\":\"string\",\"optional\":true}", "null")).isNull();
        assertThat(malformed("{\"type\":\"string\"}", "null").reason())
                .isEqualTo("The value: is missing or null, but the schema requires string");
    }

    @Test
    void valuesAreValidForTheGivenSchema() throws IOException {
        String schema = struct("{\"field\":\"when\",\"type\":\"int64\",\"name\":\"org.apache.kafka.connect.data"
                + ".Timestamp\"},{\"field\":\"amounts\",\"type\":\"array\",\"items\":{\"type\":\"bytes\",\"name\":"
                + "\"org.apache.kafka.connect.data.Decimal\",\"parameters\":{\"scale\":\"3\"}}},"
                + "{\"field\":\"attributes\",\"type\":\"map\",\"keys\":{\"type\":\"string\"},\"values\":"
                + "{\"type\":\"struct\",\"optional\":true,\"fields\":[{\"field\":\"v\",\"type\":\"int16\"}]}}");

        List<FormatRecord> records = Reads.records(format(schema), "{\"when\":0,\"amounts\":[1,2.5,\"3.125\"],"
                + "\"attributes\":{\"x\":{\"v\":1},\"y\":null}}");

        assertThat(records).singleElement()
                .satisfies(record -> ConnectSchema.validateValue(record.valueSchema(), record.value()));
    }

    private static String struct(String fields) {
        return "{\"type\":\"struct\",\"fields\":[" + fields + "]}";
    }

    private static Object value(String schema, String line) throws IOException {
        List<ReadResult> results = readAll(format(schema), content(line));
        assertThat(results).singleElement().isInstanceOf(FormatRecord.class);
        return ((FormatRecord) results.get(0)).value();
    }

    private static MalformedRecord malformed(String schema, String line) throws IOException {
        List<ReadResult> results = readAll(format(schema), content(line));
        assertThat(results).singleElement().isInstanceOf(MalformedRecord.class);
        return (MalformedRecord) results.get(0);
    }

    private static RecordFormat format(String schema) {
        return new JsonLinesFormatProvider().create(Map.of(JsonLinesFormatProvider.SCHEMA_MODE, "given",
                JsonLinesFormatProvider.SCHEMA, schema));
    }
}
