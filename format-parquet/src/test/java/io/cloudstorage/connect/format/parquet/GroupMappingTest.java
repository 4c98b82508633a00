package io.cloudstorage.connect.format.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.parquet.example.data.Group;
import org.junit.jupiter.api.Test;

class GroupMappingTest {

    @Test
    void groupsAreStructsAndAnAbsentOptionalGroupIsNull() throws IOException {
        String schema = """
                required group outer { required int32 a; optional group inner { optional binary s (STRING); } }
                optional group missing { required int32 b; }""";
        List<Struct> rows = rows(schema,
                row -> row.addGroup("outer").append("a", 1).addGroup("inner").append("s", "x"));

        Schema inner = SchemaBuilder.struct().field("s", Schema.OPTIONAL_STRING_SCHEMA).optional().build();
        Schema outer = SchemaBuilder.struct().field("a", Schema.INT32_SCHEMA).field("inner", inner).build();
        Schema missing = SchemaBuilder.struct().field("b", Schema.INT32_SCHEMA).optional().build();
        Struct row = rows.get(0);
        assertThat(row.schema().field("outer").schema()).isEqualTo(outer);
        assertThat(row.schema().field("missing").schema()).isEqualTo(missing);
        assertThat(row.get("outer"))
                .isEqualTo(new Struct(outer).put("a", 1).put("inner", new Struct(inner).put("s", "x")));
        assertThat(row.get("missing")).isNull();
    }

    @Test
    void threeLevelListsAreArraysKeepingNullElementsAndTellingAnEmptyListFromANullOne() throws IOException {
        String schema = "optional group xs (LIST) { repeated group list { optional int32 element; } }";
        List<Struct> rows = rows(schema,
                row -> {
                    Group xs = row.addGroup("xs");
                    xs.addGroup("list").append("element", 1);
                    xs.addGroup("list");
                    xs.addGroup("list").append("element", 3);
                },
                row -> row.addGroup("xs"),
                row -> { });

        assertThat(rows.get(0).schema().field("xs").schema())
                .isEqualTo(SchemaBuilder.array(Schema.OPTIONAL_INT32_SCHEMA).optional().build());
        assertThat(rows).extracting(row -> row.get("xs")).containsExactly(Arrays.asList(1, null, 3), List.of(), null);
    }

    @Test
    void legacyTwoLevelListsAreArraysOfTheirRepeatedField() throws IOException {
        String schema = """
                required group numbers (LIST) { repeated int32 array; }
                required group pairs (LIST) { repeated group pair { required int32 a; required int32 b; } }
                required group named (LIST) { repeated group array { required binary s (STRING); } }
                required group thrift (LIST) { repeated group thrift_tuple { required binary s (STRING); } }""";
        Struct row = rows(schema, r -> {
            r.addGroup("numbers").append("array", 4).append("array", 5);
            r.addGroup("pairs").addGroup("pair").append("a", 1).append("b", 2);
            r.addGroup("named").addGroup("array").append("s", "n");
            r.addGroup("thrift").addGroup("thrift_tuple").append("s", "t");
        }).get(0);

        assertThat(row.getArray("numbers")).containsExactly(4, 5);
        assertThat(row.schema().field("numbers").schema()).isEqualTo(SchemaBuilder.array(Schema.INT32_SCHEMA).build());
        Schema pair = SchemaBuilder.struct().field("a", Schema.INT32_SCHEMA).field("b", Schema.INT32_SCHEMA).build();
        assertThat(row.getArray("pairs")).containsExactly(new Struct(pair).put("a", 1).put("b", 2));
        Schema single = SchemaBuilder.struct().field("s", Schema.STRING_SCHEMA).build();
        assertThat(row.getArray("named")).containsExactly(new Struct(single).put("s", "n"));
        assertThat(row.getArray("thrift")).containsExactly(new Struct(single).put("s", "t"));
    }

    @Test
    void listsOfListsAreArraysOfArrays() throws IOException {
        String schema = """
                optional group matrix (LIST) { repeated group list {
                  optional group element (LIST) { repeated group list { required int32 element; } } } }""";
        Struct row = rows(schema, r -> {
            Group matrix = r.addGroup("matrix");
            Group first = matrix.addGroup("list").addGroup("element");
            first.addGroup("list").append("element", 1);
            first.addGroup("list").append("element", 2);
            matrix.addGroup("list");
            matrix.addGroup("list").addGroup("element");
        }).get(0);

        assertThat(row.getArray("matrix")).containsExactly(List.of(1, 2), null, List.of());
        assertThat(row.schema().field("matrix").schema()).isEqualTo(SchemaBuilder.array(
                SchemaBuilder.array(Schema.INT32_SCHEMA).optional().build()).optional().build());
    }

    @Test
    void repeatedFieldsWithoutAnnotationAreRequiredArraysEmptyWhenAbsent() throws IOException {
        String schema = "repeated int64 ids; repeated group points { required int32 x; optional int32 y; }";
        List<Struct> rows = rows(schema,
                row -> {
                    row.append("ids", 1L).append("ids", 2L);
                    row.addGroup("points").append("x", 1).append("y", 2);
                    row.addGroup("points").append("x", 3);
                },
                row -> { });

        Schema point = SchemaBuilder.struct().field("x", Schema.INT32_SCHEMA).field("y", Schema.OPTIONAL_INT32_SCHEMA)
                .build();
        assertThat(rows.get(0).schema().field("ids").schema())
                .isEqualTo(SchemaBuilder.array(Schema.INT64_SCHEMA).build());
        assertThat(rows.get(0).schema().field("points").schema()).isEqualTo(SchemaBuilder.array(point).build());
        assertThat(rows.get(0).getArray("ids")).containsExactly(1L, 2L);
        assertThat(rows.get(0).getArray("points"))
                .containsExactly(new Struct(point).put("x", 1).put("y", 2), new Struct(point).put("x", 3));
        assertThat(rows.get(1).getArray("ids")).isEmpty();
        assertThat(rows.get(1).getArray("points")).isEmpty();
    }

    @Test
    void mapsAreMapsInTheirOrderWithOptionalValues() throws IOException {
        String schema = """
                optional group m (MAP) {
                  repeated group key_value { required binary key (STRING); optional int32 value; } }
                required group legacy (MAP_KEY_VALUE) {
                  repeated group map { required int32 key; required int32 value; } }""";
        Struct row = rows(schema, r -> {
            Group m = r.addGroup("m");
            m.addGroup("key_value").append("key", "z").append("value", 26);
            m.addGroup("key_value").append("key", "a");
            r.addGroup("legacy").addGroup("map").append("key", 1).append("value", 2);
        }).get(0);

        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("z", 26);
        expected.put("a", null);
        assertThat(row.getMap("m")).containsExactlyEntriesOf(expected);
        assertThat(row.schema().field("m").schema())
                .isEqualTo(SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.OPTIONAL_INT32_SCHEMA).optional().build());
        assertThat(row.getMap("legacy")).isEqualTo(Map.of(1, 2));
    }

    @Test
    void aListOrMapAnnotationOnAGroupOfAnotherShapeIsReadAsTheGroupItIs() throws IOException {
        String schema = """
                required group notList (LIST) { required int32 a; required int32 b; }
                required group notMap (MAP) { repeated group entry { required int32 only; } }""";
        Struct row = rows(schema, r -> {
            r.addGroup("notList").append("a", 1).append("b", 2);
            r.addGroup("notMap").addGroup("entry").append("only", 3);
        }).get(0);

        assertThat(row.getStruct("notList").getInt32("b")).isEqualTo(2);
        Schema entry = SchemaBuilder.struct().field("only", Schema.INT32_SCHEMA).build();
        assertThat(row.getStruct("notMap").getArray("entry")).containsExactly(new Struct(entry).put("only", 3));
    }

    @SafeVarargs
    private static List<Struct> rows(String fields, Consumer<Group>... fillers) throws IOException {
        ParquetFiles files = ParquetFiles.withSchema("message row { " + fields + " }");
        List<Group> rows = new ArrayList<>();
        for (Consumer<Group> filler : fillers) {
            Group row = files.row();
            filler.accept(row);
            rows.add(row);
        }
        return Reading.all(files.write(rows)).stream().map(record -> (Struct) record.value()).toList();
    }
}
