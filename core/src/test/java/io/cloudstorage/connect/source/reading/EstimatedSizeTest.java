package io.cloudstorage.connect.source.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.junit.jupiter.api.Test;

class EstimatedSizeTest {

    @Test
    void textAndBytesCountTheirLength() {
        assertThat(EstimatedSize.of(null)).isZero();
        assertThat(EstimatedSize.of("")).isZero();
        assertThat(EstimatedSize.of("four")).isEqualTo(4);
        assertThat(EstimatedSize.of(new byte[1024])).isEqualTo(1024);
        assertThat(EstimatedSize.of(ByteBuffer.wrap(new byte[100], 40, 10))).isEqualTo(10);
    }

    @Test
    void otherValuesCountAsScalars() {
        assertThat(EstimatedSize.of(42L)).isEqualTo(EstimatedSize.SCALAR);
        assertThat(EstimatedSize.of(true)).isEqualTo(EstimatedSize.SCALAR);
        assertThat(EstimatedSize.of(new BigDecimal("1.5"))).isEqualTo(EstimatedSize.SCALAR);
    }

    @Test
    void structsMapsAndArraysCountTheSumOfTheirParts() {
        Schema inner = SchemaBuilder.struct().field("name", Schema.STRING_SCHEMA)
                .field("note", Schema.OPTIONAL_STRING_SCHEMA).build();
        Schema outer = SchemaBuilder.struct().field("id", Schema.INT64_SCHEMA).field("inner", inner)
                .field("tags", SchemaBuilder.array(Schema.STRING_SCHEMA).build()).build();
        Struct value = new Struct(outer).put("id", 7L).put("inner", new Struct(inner).put("name", "abcde"))
                .put("tags", List.of("x", "yz"));
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("key", "value");
        map.put("n", 1);

        assertThat(EstimatedSize.of(value)).isEqualTo(EstimatedSize.SCALAR + 5 + 3);
        assertThat(EstimatedSize.of(map)).isEqualTo(3 + 5 + 1 + EstimatedSize.SCALAR);
        assertThat(EstimatedSize.of(List.of(map, "ab"))).isEqualTo(3 + 5 + 1 + EstimatedSize.SCALAR + 2);
    }
}
