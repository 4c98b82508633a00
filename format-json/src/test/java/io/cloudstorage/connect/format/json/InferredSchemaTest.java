package io.cloudstorage.connect.format.json;

import static io.cloudstorage.connect.format.json.Reads.content;
import static io.cloudstorage.connect.format.json.Reads.readAll;
import static io.cloudstorage.connect.format.json.Reads.records;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.kafka.connect.data.ConnectSchema;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.MalformedRecord;
import io.cloudstorage.connect.spi.format.ReadResult;
import io.cloudstorage.connect.spi.format.RecordFormat;

/** The default schema mode, through the jsonl format: what is inferred, and how it widens. */
class InferredSchemaTest {

    private final RecordFormat format = new JsonLinesFormatProvider().create(Map.of());

    @Test
    void objectsBecomeOptionalStructsWithOptionalFieldsInTheOrderFirstSeen() throws IOException {
        FormatRecord record = records(format, "{\"b\":\"x\",\"a\":1,\"c\":true,\"d\":2.5}").get(0);

        assertThat(record.valueSchema()).isEqualTo(SchemaBuilder.struct().optional()
                .field("b", Schema.OPTIONAL_STRING_SCHEMA).field("a", Schema.OPTIONAL_INT64_SCHEMA)
                .field("c", Schema.OPTIONAL_BOOLEAN_SCHEMA).field("d", Schema.OPTIONAL_FLOAT64_SCHEMA).build());
        Struct value = (Struct) record.value();
        assertThat(value.get("b")).isEqualTo("x");
        assertThat(value.get("a")).isEqualTo(1L);
        assertThat(value.get("d")).isEqualTo(2.5);
    }

    @Test
    void newFieldsWidenTheSchemaOfLaterRecordsOnly() throws IOException {
        List<FormatRecord> records = records(format, "{\"a\":1}\n{\"b\":\"x\",\"a\":2}\n{\"c\":null}\n{\"a\":3}");

        assertThat(fieldNames(records.get(0))).containsExactly("a");
        assertThat(fieldNames(records.get(1))).containsExactly("a", "b");
        assertThat(fieldNames(records.get(2))).containsExactly("a", "b", "c");
        assertThat(fieldNames(records.get(3))).containsExactly("a", "b", "c");
        Struct third = (Struct) records.get(2).value();
        assertThat(third.get("a")).isNull();
        assertThat(third.get("c")).isNull();
    }

    @Test
    void integersWidenToDoublesAndLaterIntegersBecomeDoubles() throws IOException {
        List<FormatRecord> records = records(format, "{\"n\":1}\n{\"n\":2.5}\n{\"n\":3}");

        assertThat(records).extracting(record -> record.valueSchema().field("n").schema()).containsExactly(
                Schema.OPTIONAL_INT64_SCHEMA, Schema.OPTIONAL_FLOAT64_SCHEMA, Schema.OPTIONAL_FLOAT64_SCHEMA);
        assertThat(records).extracting(record -> ((Struct) record.value()).get("n")).containsExactly(1L, 2.5, 3.0);
    }

    @Test
    void aFieldSeenWithIncompatibleTypesBecomesAStringHoldingJsonTextForGood() throws IOException {
        List<FormatRecord> records = records(format,
                "{\"a\":\"x\"}\n{\"a\":{\"b\":[1,null]}}\n{\"a\":5}\n{\"a\":\"y\"}\n{\"a\":[true]}\n{\"a\":null}");

        assertThat(records).extracting(record -> record.valueSchema().field("a").schema())
                .containsOnly(Schema.OPTIONAL_STRING_SCHEMA);
        assertThat(records).extracting(record -> ((Struct) record.value()).get("a"))
                .containsExactly("x", "{\"b\":[1,null]}", "5", "y", "[true]", null);
    }

    @Test
    void anIntegerFieldThatMeetsAnObjectKeepsEarlierRecordsAsTheyWere() throws IOException {
        List<FormatRecord> records = records(format, "{\"a\":1}\n{\"a\":{\"b\":2}}");

        assertThat(records.get(0).valueSchema().field("a").schema()).isEqualTo(Schema.OPTIONAL_INT64_SCHEMA);
        assertThat(((Struct) records.get(0).value()).get("a")).isEqualTo(1L);
        assertThat(((Struct) records.get(1).value()).get("a")).isEqualTo("{\"b\":2}");
    }

    @Test
    void arraysAreOptionalArraysOfTheWidenedElementType() throws IOException {
        List<FormatRecord> records = records(format,
                "{\"l\":[1,2]}\n{\"l\":[1,2.5]}\n{\"m\":[1,\"a\",{\"x\":1}]}\n{\"o\":[{\"x\":1},{\"y\":\"z\"}]}");

        assertThat(records.get(0).valueSchema().field("l").schema())
                .isEqualTo(SchemaBuilder.array(Schema.OPTIONAL_INT64_SCHEMA).optional().build());
        assertThat(((Struct) records.get(1).value()).getArray("l")).containsExactly(1.0, 2.5);
        assertThat(((Struct) records.get(2).value()).getArray("m")).containsExactly("1", "a", "{\"x\":1}");
        Schema element = records.get(3).valueSchema().field("o").schema().valueSchema();
        assertThat(element.fields()).extracting(Field::name).containsExactly("x", "y");
        List<Object> objects = ((Struct) records.get(3).value()).getArray("o");
        assertThat(objects).extracting(object -> ((Struct) object).get("x")).containsExactly(1L, null);
        assertThat(objects).extracting(object -> ((Struct) object).get("y")).containsExactly(null, "z");
    }

    @Test
    void nullOnlyPlacesAreOptionalStringsUntilAValueGivesTheirType() throws IOException {
        List<FormatRecord> records = records(format, "{\"a\":null,\"l\":[],\"n\":[null]}\n{\"a\":7,\"l\":[1.5]}");

        Schema first = records.get(0).valueSchema();
        assertThat(first.field("a").schema()).isEqualTo(Schema.OPTIONAL_STRING_SCHEMA);
        assertThat(first.field("l").schema())
                .isEqualTo(SchemaBuilder.array(Schema.OPTIONAL_STRING_SCHEMA).optional().build());
        assertThat(((Struct) records.get(0).value()).getArray("n")).containsExactly((Object) null);
        Schema second = records.get(1).valueSchema();
        assertThat(second.field("a").schema()).isEqualTo(Schema.OPTIONAL_INT64_SCHEMA);
        assertThat(second.field("l").schema().valueSchema()).isEqualTo(Schema.OPTIONAL_FLOAT64_SCHEMA);
    }

    @Test
    void nestedNullsAndEmptyObjectsGainTypesAndFieldsLater() throws IOException {
        List<FormatRecord> records = records(format,
                "{}\n{\"a\":{}}\n{\"a\":{\"b\":null}}\n{\"a\":{\"b\":{\"c\":[null,{\"d\":1}]}}}");

        assertThat(records.get(0).valueSchema().fields()).isEmpty();
        assertThat(records.get(1).valueSchema().field("a").schema().fields()).isEmpty();
        assertThat(records.get(2).valueSchema().field("a").schema().field("b").schema())
                .isEqualTo(Schema.OPTIONAL_STRING_SCHEMA);
        Struct last = (Struct) records.get(3).value();
        List<Object> c = last.getStruct("a").getStruct("b").getArray("c");
        assertThat(c.get(0)).isNull();
        assertThat(((Struct) c.get(1)).get("d")).isEqualTo(1L);
    }

    @Test
    void theSchemaKeepsWideningAcrossTheObjectsOfATask() throws IOException {
        records(format, "{\"first\":1}");

        List<FormatRecord> second = records(format, "{\"second\":\"x\"}");

        assertThat(fieldNames(second.get(0))).containsExactly("first", "second");
    }

    @Test
    void recordsOfAnUnchangedShapeShareOneSchemaInstance() throws IOException {
        List<FormatRecord> records = records(format,
                "{\"a\":{\"b\":[1]}}\n{\"a\":{\"b\":[2,3]}}\n{\"a\":null}\n{\"a\":{\"b\":[]}}");

        assertThat(records).extracting(FormatRecord::valueSchema).allSatisfy(
                schema -> assertThat(schema).isSameAs(records.get(0).valueSchema()));
    }

    @Test
    void topLevelValuesThatAreNotObjectsHaveTheMatchingOptionalSchema() throws IOException {
        List<FormatRecord> records = records(new JsonLinesFormatProvider().create(Map.of()), "true");
        assertThat(records.get(0).valueSchema()).isEqualTo(Schema.OPTIONAL_BOOLEAN_SCHEMA);
        assertThat(records(new JsonLinesFormatProvider().create(Map.of()), "[1,2]").get(0).valueSchema())
                .isEqualTo(SchemaBuilder.array(Schema.OPTIONAL_INT64_SCHEMA).optional().build());

        List<FormatRecord> mixed = records(format, "1\n2.5\nnull\n\"text\"\n{\"a\":1}");

        assertThat(mixed).extracting(FormatRecord::valueSchema).containsExactly(Schema.OPTIONAL_INT64_SCHEMA,
                Schema.OPTIONAL_FLOAT64_SCHEMA, Schema.OPTIONAL_FLOAT64_SCHEMA, Schema.OPTIONAL_STRING_SCHEMA,
                Schema.OPTIONAL_STRING_SCHEMA);
        assertThat(mixed).extracting(FormatRecord::value).containsExactly(1L, 2.5, null, "text", "{\"a\":1}");
    }

    @Test
    void numbersAtTheEdgesOfTheirRanges() throws IOException {
        List<FormatRecord> records = records(format, "{\"n\":9223372036854775807}\n{\"n\":-9223372036854775808}");
        assertThat(records).extracting(record -> ((Struct) record.value()).get("n"))
                .containsExactly(Long.MAX_VALUE, Long.MIN_VALUE);

        List<FormatRecord> wider = records(format,
                "{\"n\":9223372036854775808}\n{\"n\":1e400}\n{\"n\":-0.0}\n{\"n\":1E2}\n{\"n\":4.9e-324}");

        assertThat(wider).extracting(record -> ((Struct) record.value()).get("n"))
                .containsExactly(9.223372036854775807E18, Double.POSITIVE_INFINITY, -0.0, 100.0, Double.MIN_VALUE);
        assertThat(wider).extracting(record -> record.valueSchema().field("n").schema())
                .containsOnly(Schema.OPTIONAL_FLOAT64_SCHEMA);
    }

    @Test
    void unicodeKeysAndValuesAreKept() throws IOException {
        Struct value = (Struct) records(format, "{\"cl\u00e9\":\"\u65e5\u672c\\u00e9\\uD83D\\uDE00\"}").get(0).value();

        assertThat(value.get("cl\u00e9")).isEqualTo("\u65e5\u672c\u00e9\uD83D\uDE00");
    }

    @Test
    void aHugeFieldIsReadWhole() throws IOException {
        String huge = "h".repeat(3_000_000);

        Struct value = (Struct) records(format, "{\"huge\":\"" + huge + "\",\"after\":1}").get(0).value();

        assertThat(value.getString("huge")).isEqualTo(huge);
        assertThat(value.get("after")).isEqualTo(1L);
    }

    @Test
    void anObjectWithAnEmptyKeyIsMalformedAndTheNextRecordsAreRead() throws IOException {
        List<ReadResult> results = readAll(format, content("{\"a\":1}\n{\"b\":2,\"x\":{\"\":3}}\n{\"a\":4,\"b\":5}"));

        assertThat(results.get(1)).isInstanceOfSatisfying(MalformedRecord.class,
                malformed -> assertThat(malformed.reason()).contains("Field 'x'", "empty key"));
        FormatRecord last = (FormatRecord) results.get(2);
        assertThat(((Struct) last.value()).get("b")).isEqualTo(5L);
        ConnectSchema.validateValue(last.valueSchema(), last.value());
    }

    @Test
    void everyValueIsValidForItsSchema() throws IOException {
        Random random = new Random(11);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            lines.append(randomValue(random, 0)).append('\n');
        }

        List<FormatRecord> records = records(format, lines.toString());

        assertThat(records).hasSize(2_000).allSatisfy(
                record -> ConnectSchema.validateValue(record.valueSchema(), record.value()));
    }

    /** A random JSON value; objects draw their keys from a small set, so fields meet values of many types. */
    private static String randomValue(Random random, int depth) {
        switch (random.nextInt(depth == 0 ? 1 : 8)) {
            case 0:
                StringBuilder object = new StringBuilder("{");
                int fields = random.nextInt(4);
                for (int i = 0; i < fields; i++) {
                    object.append(i == 0 ? "" : ",").append("\"k").append(random.nextInt(6)).append("\":")
                            .append(depth < 3 ? randomValue(random, depth + 1) : "1");
                }
                return object.append('}').toString();
            case 1:
                return depth < 3 ? "[" + randomValue(random, depth + 1) + "," + randomValue(random, depth + 1) + "]"
                        : "[]";
            case 2:
                return Long.toString(random.nextLong());
            case 3:
                return Double.toString(random.nextDouble() * 1000);
            case 4:
                return "\"s" + random.nextInt(100) + "\"";
            case 5:
                return Boolean.toString(random.nextBoolean());
            case 6:
                return "null";
            default:
                return "{}";
        }
    }

    private static List<String> fieldNames(FormatRecord record) {
        return record.valueSchema().fields().stream().map(Field::name).toList();
    }
}
