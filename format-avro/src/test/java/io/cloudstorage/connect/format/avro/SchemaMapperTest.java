package io.cloudstorage.connect.format.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.connect.data.ConnectSchema;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

class SchemaMapperTest {

    @Test
    void everyTypeMapsToItsConnectCounterpart() throws UnsupportedSchemaException {
        assertThat(SchemaMapper.map(EveryType.AVRO).schema()).isEqualTo(EveryType.CONNECT);
    }

    @Test
    void everyValueIsConvertedToAValueValidForItsSchema() throws UnsupportedSchemaException {
        ConnectMapping mapping = SchemaMapper.map(EveryType.AVRO);

        for (int i = 0; i < 12; i++) {
            Object value = mapping.converter().convert(EveryType.datum(i));
            ConnectSchema.validateValue(mapping.schema(), value);
            assertThat(value).as("datum %d", i).isEqualTo(EveryType.expected(i));
        }
    }

    @Test
    void aRecordUsedTwiceMapsToOneSchema() throws UnsupportedSchemaException {
        Schema schema = map("""
                {"type": "record", "name": "Trip", "fields": [
                  {"name": "from", "type": {"type": "record", "name": "Place", "fields": [
                    {"name": "name", "type": "string"}]}},
                  {"name": "to", "type": "Place"}]}""").schema();

        assertThat(schema.field("to").schema()).isSameAs(schema.field("from").schema());
    }

    @Test
    void aUnionOfNullAndOneTypeIsThatTypeOptionalWhicheverComesFirst() throws UnsupportedSchemaException {
        ConnectMapping mapping = map("""
                {"type": "record", "name": "R", "fields": [
                  {"name": "a", "type": ["null", "long"]}, {"name": "b", "type": ["long", "null"]},
                  {"name": "c", "type": ["long"]}]}""");

        assertThat(mapping.schema().field("a").schema()).isEqualTo(Schema.OPTIONAL_INT64_SCHEMA);
        assertThat(mapping.schema().field("b").schema()).isEqualTo(Schema.OPTIONAL_INT64_SCHEMA);
        assertThat(mapping.schema().field("c").schema()).isEqualTo(Schema.INT64_SCHEMA);
    }

    @Test
    void aUnionOfSeveralTypesIsAStructWithOneOptionalFieldPerBranchNamedAfterIt() throws UnsupportedSchemaException {
        org.apache.avro.Schema union = new org.apache.avro.Schema.Parser().parse("""
                ["int", {"type": "record", "name": "A", "namespace": "x", "fields": []},
                 {"type": "record", "name": "B", "namespace": "y", "fields": [{"name": "n", "type": "int"}]},
                 {"type": "array", "items": "string"}]""");
        ConnectMapping mapping = SchemaMapper.map(union);

        assertThat(mapping.schema().type()).isEqualTo(Schema.Type.STRUCT);
        assertThat(mapping.schema().isOptional()).isFalse();
        assertThat(mapping.schema().fields()).extracting(field -> field.name())
                .containsExactly("int", "x.A", "y.B", "array");
        assertThat(mapping.schema().fields()).allMatch(field -> field.schema().isOptional());

        GenericRecord b = new GenericData.Record(union.getTypes().get(2));
        b.put("n", 5);
        Struct value = (Struct) mapping.converter().convert(b);
        ConnectSchema.validateValue(mapping.schema(), value);
        assertThat(value.get("int")).isNull();
        assertThat(value.getStruct("y.B").get("n")).isEqualTo(5);
        assertThat(((Struct) mapping.converter().convert(List.of("s"))).getArray("array")).containsExactly("s");
    }

    @Test
    void aUnionOfNullAndSeveralTypesIsAnOptionalStruct() throws UnsupportedSchemaException {
        ConnectMapping mapping = SchemaMapper.map(new org.apache.avro.Schema.Parser().parse(
                "[\"null\", \"int\", \"string\"]"));

        assertThat(mapping.schema().isOptional()).isTrue();
        assertThat(mapping.converter().convert(null)).isNull();
        assertThat(((Struct) mapping.converter().convert(new org.apache.avro.util.Utf8("s"))).get("string"))
                .isEqualTo("s");
    }

    @Test
    void nullAloneIsAnOptionalStringThatIsAlwaysNull() throws UnsupportedSchemaException {
        ConnectMapping mapping = map("\"null\"");

        assertThat(mapping.schema()).isEqualTo(Schema.OPTIONAL_STRING_SCHEMA);
        assertThat(mapping.converter().convert(null)).isNull();
    }

    @Test
    void defaultsBecomeConnectDefaultsWhereConnectCanHoldThem() throws UnsupportedSchemaException {
        Schema schema = map("""
                {"type": "record", "name": "R", "fields": [
                  {"name": "count", "type": "int", "default": 5},
                  {"name": "label", "type": "string", "default": "none"},
                  {"name": "maybe", "type": ["string", "null"], "default": "x"},
                  {"name": "nothing", "type": ["null", "string"], "default": null},
                  {"name": "tags", "type": {"type": "array", "items": "string"}, "default": ["a", "b"]},
                  {"name": "color", "type": {"type": "enum", "name": "Color", "symbols": ["RED", "BLUE"]},
                   "default": "BLUE"},
                  {"name": "raw", "type": "bytes", "default": "\\u0001\\u00ff"},
                  {"name": "price", "type": {"type": "bytes", "logicalType": "decimal", "precision": 5, "scale": 2},
                   "default": "\\u0001\\u0000"},
                  {"name": "inner", "type": {"type": "record", "name": "Inner", "fields": [
                    {"name": "n", "type": "int"}]}, "default": {"n": 1}},
                  {"name": "late", "type": {"type": "int", "logicalType": "time-millis"}, "default": 99999999}]}
                """).schema();

        assertThat(schema.field("count").schema().defaultValue()).isEqualTo(5);
        assertThat(schema.field("label").schema().defaultValue()).isEqualTo("none");
        assertThat(schema.field("maybe").schema().defaultValue()).isEqualTo("x");
        assertThat(schema.field("maybe").schema().isOptional()).isTrue();
        assertThat(schema.field("nothing").schema().defaultValue()).isNull();
        assertThat(schema.field("tags").schema().defaultValue()).isEqualTo(List.of("a", "b"));
        assertThat(schema.field("color").schema().defaultValue()).isEqualTo("BLUE");
        assertThat(schema.field("color").schema().name()).isEqualTo("Color");
        assertThat((byte[]) schema.field("raw").schema().defaultValue()).containsExactly(1, 0xFF);
        assertThat(schema.field("price").schema().defaultValue()).isEqualTo(new BigDecimal("2.56"));
        assertThat(schema.field("price").schema().name()).isEqualTo(Decimal.LOGICAL_NAME);
        assertThat(schema.field("inner").schema().defaultValue()).as("a struct default is not representable")
                .isNull();
        assertThat(schema.field("late").schema().defaultValue()).as("beyond a day").isNull();
    }

    @Test
    void logicalTypesConnectLacksAreLongsNamingTheirAvroType() throws UnsupportedSchemaException {
        for (String logicalType : List.of("time-micros", "timestamp-micros", "timestamp-nanos",
                "local-timestamp-millis", "local-timestamp-micros", "local-timestamp-nanos")) {
            ConnectMapping mapping = map("{\"type\": \"long\", \"logicalType\": \"" + logicalType + "\"}");

            assertThat(mapping.schema()).as(logicalType).isEqualTo(
                    SchemaBuilder.int64().parameter(SchemaMapper.LOGICAL_TYPE, logicalType).build());
            assertThat(mapping.converter().convert(123L)).isEqualTo(123L);
        }
    }

    @Test
    void aUuidIsAStringWhetherStoredAsStringOrAsSixteenBytes() throws UnsupportedSchemaException {
        ConnectMapping fixed = map("{\"type\": \"fixed\", \"name\": \"Id\", \"size\": 16, \"logicalType\": \"uuid\"}");
        byte[] bytes = ByteBuffer.allocate(16).putLong(0x0123456789ABCDEFL).putLong(0x0011223344556677L).array();

        assertThat(fixed.schema().type()).isEqualTo(Schema.Type.STRING);
        assertThat(fixed.converter().convert(new GenericData.Fixed(fixed(16), bytes)))
                .isEqualTo("01234567-89ab-cdef-0011-223344556677");
    }

    @Test
    void aFixedWithoutALogicalTypeIsNamedBytesWithItsSize() throws UnsupportedSchemaException {
        ConnectMapping duration = map("""
                {"type": "fixed", "name": "Span", "namespace": "t", "size": 12, "logicalType": "duration"}""");

        assertThat(duration.schema()).isEqualTo(SchemaBuilder.bytes().name("t.Span")
                .parameter(SchemaMapper.FIXED_SIZE, "12").parameter(SchemaMapper.LOGICAL_TYPE, "duration").build());
    }

    @Test
    void aTimeOfDayOutsideADayCannotBeConverted() throws UnsupportedSchemaException {
        ConnectMapping time = map("{\"type\": \"int\", \"logicalType\": \"time-millis\"}");

        assertThatThrownBy(() -> time.converter().convert(-1)).isInstanceOf(DataException.class)
                .hasMessageContaining("-1 is not a time of day");
        assertThat(time.converter().convert(86_399_999)).isEqualTo(new java.util.Date(86_399_999));
    }

    @Test
    void mapKeysBecomeStrings() throws UnsupportedSchemaException {
        ConnectMapping mapping = map("{\"type\": \"map\", \"values\": \"long\"}");

        assertThat(mapping.converter().convert(Map.of(new org.apache.avro.util.Utf8("k"), 1L)))
                .isEqualTo(Map.of("k", 1L));
    }

    @Test
    void aRecursiveSchemaIsRefusedNamingTheCycle() {
        assertThatThrownBy(() -> map("""
                {"type": "record", "name": "Tree", "namespace": "t", "fields": [
                  {"name": "children", "type": {"type": "array", "items": "Tree"}}]}"""))
                .isInstanceOf(UnsupportedSchemaException.class)
                .hasMessage("the schema is recursive (t.Tree -> t.Tree), and Kafka Connect schemas cannot be");
        assertThatThrownBy(() -> map("""
                {"type": "record", "name": "A", "fields": [
                  {"name": "b", "type": {"type": "record", "name": "B", "fields": [
                    {"name": "a", "type": {"type": "map", "values": ["null", "A"]}}]}}]}"""))
                .isInstanceOf(UnsupportedSchemaException.class)
                .hasMessageContaining("(A -> B -> A)");
    }

    private static ConnectMapping map(String json) throws UnsupportedSchemaException {
        return SchemaMapper.map(new org.apache.avro.Schema.Parser().parse(json));
    }

    private static org.apache.avro.Schema fixed(int size) {
        return org.apache.avro.Schema.createFixed("Id", null, null, size);
    }
}
