package io.cloudstorage.connect.format.json;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;

import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordFormatContractTest;

class JsonGivenSchemaContractTest extends RecordFormatContractTest {

    static final String SCHEMA = "{\"type\":\"struct\",\"fields\":["
            + "{\"field\":\"id\",\"type\":\"int64\"},"
            + "{\"field\":\"name\",\"type\":\"string\",\"optional\":true},"
            + "{\"field\":\"price\",\"type\":\"bytes\",\"optional\":true,"
            + "\"name\":\"org.apache.kafka.connect.data.Decimal\","
            + "\"parameters\":{\"scale\":\"2\"}},"
            + "{\"field\":\"tags\",\"type\":\"array\",\"optional\":true,\"items\":{\"type\":\"string\"}}]}";
    static final Schema VALUE_SCHEMA = SchemaJson.parse(SCHEMA);

    @Override
    protected RecordFormat format() {
        return new JsonFormatProvider().create(Map.of(JsonFormatProvider.SCHEMA_MODE, "given",
                JsonFormatProvider.SCHEMA, SCHEMA));
    }

    @Override
    protected Stream<Sample> samples() {
        List<Object> manyValues = new ArrayList<>();
        StringBuilder manyElements = new StringBuilder("[");
        for (int i = 0; i < 3_000; i++) {
            boolean bad = i % 97 == 5;
            manyValues.add(bad ? MALFORMED : row(i, "n" + i, new BigDecimal(i + ".25"), List.of("a", "b")));
            manyElements.append(i == 0 ? "" : ",\n").append("{\"id\":").append(bad ? "\"x\"" : i)
                    .append(",\"name\":\"n").append(i).append("\",\"price\":").append(i).append(".25,")
                    .append("\"tags\":[\"a\",\"b\"],\"extra\":{\"ignored\":[1,2]}}");
        }
        manyElements.append("]");
        return Stream.of(
                sample("one document", "{\"id\":1,\"name\":\"a\",\"price\":\"9.99\",\"tags\":[]}",
                        List.of(row(1, "a", new BigDecimal("9.99"), List.of()))),
                sample("one document that does not fit", "{\"name\":\"a\"}", List.of(MALFORMED)),
                sample("elements that do not fit are stepped over",
                        "[{\"id\":1},{\"id\":\"one\"},{\"name\":\"no id\"},{\"id\":3,\"price\":1.234},"
                                + "{\"id\":4,\"tags\":[\"ok\",5]},7,{\"id\":6}]",
                        List.of(row(1, null, null, null), MALFORMED, MALFORMED, MALFORMED, MALFORMED, MALFORMED,
                                row(6, null, null, null))),
                sample("many elements", manyElements.toString(), manyValues));
    }

    static Struct row(long id, String name, BigDecimal price, List<String> tags) {
        return new Struct(VALUE_SCHEMA).put("id", id).put("name", name)
                .put("price", price == null ? null : price.setScale(2)).put("tags", tags);
    }

    private static Sample sample(String name, String content, List<Object> values) {
        return new Sample(name, content.getBytes(UTF_8), values);
    }
}
