package io.cloudstorage.connect.format.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;

import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemaJsonTest {

    @Test
    void readsEveryTypeAndPropertyAsJsonConverterWritesThem() {
        Schema schema = SchemaJson.parse("{\"type\":\"struct\",\"name\":\"com.example.Order\",\"version\":3,"
                + "\"doc\":\"An order\",\"parameters\":{\"origin\":\"shop\"},\"fields\":["
                + "{\"field\":\"id\",\"type\":\"int64\",\"optional\":false},"
                + "{\"field\":\"small\",\"type\":\"int8\",\"optional\":true},"
                + "{\"field\":\"medium\",\"type\":\"int16\",\"default\":5},"
                + "{\"field\":\"count\",\"type\":\"int32\"},"
                + "{\"field\":\"ratio\",\"type\":\"float\"},"
                + "{\"field\":\"score\",\"type\":\"double\",\"optional\":true},"
                + "{\"field\":\"ratio32\",\"type\":\"float32\"},"
                + "{\"field\":\"score64\",\"type\":\"float64\"},"
                + "{\"field\":\"paid\",\"type\":\"boolean\",\"default\":false},"
                + "{\"field\":\"note\",\"type\":\"string\",\"optional\":true,\"default\":\"none\"},"
                + "{\"field\":\"blob\",\"type\":\"bytes\"},"
                + "{\"field\":\"tags\",\"type\":\"array\",\"items\":{\"type\":\"string\"}},"
                + "{\"field\":\"prices\",\"type\":\"map\",\"keys\":{\"type\":\"string\"},"
                + "\"values\":{\"type\":\"float64\"},\"optional\":true},"
                + "{\"field\":\"address\",\"type\":\"struct\",\"optional\":true,\"fields\":["
                + "{\"field\":\"zip\",\"type\":\"string\"}]}]}");

        assertThat(schema).isEqualTo(SchemaBuilder.struct().name("com.example.Order").version(3).doc("An order")
                .parameters(Map.of("origin", "shop"))
                .field("id", Schema.INT64_SCHEMA)
                .field("small", Schema.OPTIONAL_INT8_SCHEMA)
                .field("medium", SchemaBuilder.int16().defaultValue((short) 5).build())
                .field("count", Schema.INT32_SCHEMA)
                .field("ratio", Schema.FLOAT32_SCHEMA)
                .field("score", Schema.OPTIONAL_FLOAT64_SCHEMA)
                .field("ratio32", Schema.FLOAT32_SCHEMA)
                .field("score64", Schema.FLOAT64_SCHEMA)
                .field("paid", SchemaBuilder.bool().defaultValue(false).build())
                .field("note", SchemaBuilder.string().optional().defaultValue("none").build())
                .field("blob", Schema.BYTES_SCHEMA)
                .field("tags", SchemaBuilder.array(Schema.STRING_SCHEMA).build())
                .field("prices", SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.FLOAT64_SCHEMA).optional().build())
                .field("address", SchemaBuilder.struct().optional().field("zip", Schema.STRING_SCHEMA).build())
                .build());
    }

    @Test
    void logicalTypesAreNamedSchemasOfTheirType() {
        Schema schema = SchemaJson.parse("{\"type\":\"struct\",\"fields\":["
                + "{\"field\":\"price\",\"type\":\"bytes\",\"name\":\"org.apache.kafka.connect.data.Decimal\","
                + "\"version\":1,\"parameters\":{\"scale\":\"2\"},\"default\":\"1.50\"},"
                + "{\"field\":\"day\",\"type\":\"int32\",\"name\":\"org.apache.kafka.connect.data.Date\","
                + "\"version\":1},"
                + "{\"field\":\"at\",\"type\":\"int32\",\"name\":\"org.apache.kafka.connect.data.Time\",\"version\":1},"
                + "{\"field\":\"when\",\"type\":\"int64\",\"name\":\"org.apache.kafka.connect.data.Timestamp\","
                + "\"version\":1,\"default\":0}]}");

        assertThat(schema.field("price").schema())
                .isEqualTo(Decimal.builder(2).defaultValue(new BigDecimal("1.50")).build());
        assertThat(schema.field("day").schema()).isEqualTo(Date.SCHEMA);
        assertThat(schema.field("at").schema()).isEqualTo(Time.SCHEMA);
        assertThat(schema.field("when").schema())
                .isEqualTo(Timestamp.builder().defaultValue(new java.util.Date(0)).build());
    }

    /** The text is what JsonConverter (schemas.enable=true) writes for this schema, so users can paste it. */
    @Test
    void readsTheSchemasJsonConverterWrites() {
        String written = "{\"type\":\"struct\",\"fields\":[{\"type\":\"int16\",\"optional\":false,\"default\":3,"
                + "\"field\":\"a\"},{\"type\":\"bytes\",\"optional\":true,\"name\":\"org.apache.kafka.connect.data"
                + ".Decimal\",\"version\":1,\"parameters\":{\"scale\":\"3\"},\"field\":\"b\"},{\"type\":\"map\","
                + "\"keys\":{\"type\":\"int32\",\"optional\":false},\"values\":{\"type\":\"array\",\"items\":"
                + "{\"type\":\"int64\",\"optional\":false,\"name\":\"org.apache.kafka.connect.data.Timestamp\","
                + "\"version\":1},\"optional\":false},\"optional\":true,\"field\":\"c\"},{\"type\":\"double\","
                + "\"optional\":true,\"field\":\"d\"},{\"type\":\"struct\",\"fields\":[{\"type\":\"float\","
                + "\"optional\":true,\"field\":\"x\"}],\"optional\":true,\"field\":\"e\"}],\"optional\":false,"
                + "\"name\":\"n\",\"version\":2,\"doc\":\"d\",\"parameters\":{\"p\":\"v\"}}";

        assertThat(SchemaJson.parse(written)).isEqualTo(SchemaBuilder.struct().name("n").version(2).doc("d")
                .parameter("p", "v")
                .field("a", SchemaBuilder.int16().defaultValue((short) 3).build())
                .field("b", Decimal.builder(3).optional().build())
                .field("c", SchemaBuilder.map(Schema.INT32_SCHEMA, SchemaBuilder.array(Timestamp.SCHEMA).build())
                        .optional().build())
                .field("d", Schema.OPTIONAL_FLOAT64_SCHEMA)
                .field("e", SchemaBuilder.struct().field("x", Schema.OPTIONAL_FLOAT32_SCHEMA).optional().build())
                .build());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not JSON|{\"type\":|The schema is not valid JSON",
        "empty|'  '|The schema is empty",
        "more JSON after it|{\"type\":\"string\"} {}|The schema is followed by more JSON",
        "not an object|[]|At $: not a JSON object",
        "no type|{\"optional\":true}|At $: no 'type'",
        "unknown type|{\"type\":\"integer\"}|At $: unknown type 'integer' (types: int8,",
        "unknown property|{\"type\":\"string\",\"optinal\":true}|At $: unknown property 'optinal' (known: [default,",
        "struct without fields|{\"type\":\"struct\"}|At $: no 'fields'",
        "fields not an array|{\"type\":\"struct\",\"fields\":{}}|At $.fields: not an array",
        "field without a name|{\"type\":\"struct\",\"fields\":[{\"type\":\"string\"}]}|At $.fields[0]: no 'field'",
        "field name used twice|{\"type\":\"struct\",\"fields\":[{\"field\":\"a\",\"type\":\"string\"},"
                + "{\"field\":\"a\",\"type\":\"int32\"}]}|At $.fields[1]: the field name 'a' is used twice",
        "nested problem|{\"type\":\"struct\",\"fields\":[{\"field\":\"a\",\"type\":\"array\",\"items\":"
                + "{\"type\":\"list\"}}]}|At $.fields[0] (field 'a').items: unknown type 'list'",
        "array without items|{\"type\":\"array\"}|At $: no 'items'",
        "map without values|{\"type\":\"map\",\"keys\":{\"type\":\"string\"}}|At $: no 'values'",
        "optional not a boolean|{\"type\":\"string\",\"optional\":\"yes\"}|At $: 'optional' is neither true nor false",
        "negative version|{\"type\":\"string\",\"version\":-1}|At $: 'version' is not a positive integer",
        "parameter not a string|{\"type\":\"string\",\"parameters\":{\"a\":1}}|At $.parameters: the value of 'a'",
        "decimal without a scale|{\"type\":\"bytes\",\"name\":\"org.apache.kafka.connect.data.Decimal\"}"
                + "|At $: a decimal needs its scale",
        "timestamp of the wrong type|{\"type\":\"int32\",\"name\":\"org.apache.kafka.connect.data.Timestamp\"}"
                + "|At $: org.apache.kafka.connect.data.Timestamp needs the type int64",
        "default of the wrong type|{\"type\":\"int32\",\"default\":\"x\"}|At $: the default does not fit the type: "
                + "The value: expected an integer, found a string",
        "default for a struct|{\"type\":\"struct\",\"fields\":[{\"field\":\"a\",\"type\":\"int32\"}],"
                + "\"default\":{\"a\":1}}|At $: a struct cannot have a default",
    })
    void saysWhatIsWrongAndWhere(String problem, String json, String message) {
        assertThatThrownBy(() -> SchemaJson.parse(json)).isInstanceOf(InvalidSchemaException.class)
                .hasMessageStartingWith(message);
    }
}
