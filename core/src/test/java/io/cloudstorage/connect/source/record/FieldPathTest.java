package io.cloudstorage.connect.source.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.junit.jupiter.api.Test;

class FieldPathTest {

    private static final Schema USER = SchemaBuilder.struct().field("id", Schema.INT64_SCHEMA)
            .field("nick", Schema.OPTIONAL_STRING_SCHEMA).build();
    private static final Schema EVENT = SchemaBuilder.struct().field("user", USER).build();

    @Test
    void findsNestedStructFieldsWithTheirSchema() {
        Struct event = new Struct(EVENT).put("user", new Struct(USER).put("id", 42L));

        assertThat(FieldPath.parse("user.id").find(event)).contains(new FieldPath.Found(Schema.INT64_SCHEMA, 42L));
        assertThat(FieldPath.parse("user.nick").find(event))
                .contains(new FieldPath.Found(Schema.OPTIONAL_STRING_SCHEMA, null));
        assertThat(FieldPath.parse("user.age").find(event)).isEmpty();
    }

    @Test
    void findsMapEntriesOfSchemalessValuesAndTellsNullFromMissing() {
        Map<String, Object> user = new HashMap<>();
        user.put("id", 7L);
        user.put("nick", null);
        Map<String, Object> event = Map.of("user", user);

        assertThat(FieldPath.parse("user.id").find(event)).contains(new FieldPath.Found(null, 7L));
        assertThat(FieldPath.parse("user.nick").find(event)).contains(new FieldPath.Found(null, null));
        assertThat(FieldPath.parse("user.id.x").find(event)).isEmpty();
        assertThat(FieldPath.parse("user").find("not a struct")).isEmpty();
    }

    @Test
    void rejectsEmptySegments() {
        assertThatThrownBy(() -> FieldPath.parse("user..id")).hasMessageContaining("'user..id'");
        assertThatThrownBy(() -> FieldPath.parse("")).isInstanceOf(IllegalArgumentException.class);
    }
}
