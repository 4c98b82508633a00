package io.cloudstorage.connect.format.json;

import static io.cloudstorage.connect.format.json.JsonGivenSchemaContractTest.row;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordFormatContractTest;

class JsonLinesGivenSchemaContractTest extends RecordFormatContractTest {

    @Override
    protected RecordFormat format() {
        return new JsonLinesFormatProvider().create(Map.of(JsonLinesFormatProvider.SCHEMA_MODE, "given",
                JsonLinesFormatProvider.SCHEMA, JsonGivenSchemaContractTest.SCHEMA));
    }

    @Override
    protected Stream<Sample> samples() {
        List<Object> manyValues = new ArrayList<>();
        StringBuilder manyLines = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            boolean bad = i % 89 == 3;
            manyValues.add(bad ? MALFORMED : row(i, "n" + i, null, null));
            manyLines.append("{\"id\":").append(bad ? "null" : i).append(",\"name\":\"n").append(i)
                    .append("\"}\n");
        }
        return Stream.of(
                sample("lines that fit and lines that do not",
                        "{\"id\":1,\"price\":12,\"tags\":[\"x\"]}\n{\"id\":2.5}\nnot json\n\n{\"id\":3,\"other\":1}\n",
                        List.of(row(1, null, new BigDecimal("12.00"), List.of("x")), MALFORMED, MALFORMED,
                                row(3, null, null, null))),
                sample("many lines", manyLines.toString(), manyValues));
    }

    private static Sample sample(String name, String content, List<Object> values) {
        return new Sample(name, content.getBytes(UTF_8), values);
    }
}
