package io.cloudstorage.connect.format.csv;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;

import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordFormatContractTest;

/** Columns typed by csv.schema: the header row is skipped, and a value not of its type makes its row malformed. */
class TypedCsvFormatContractTest extends RecordFormatContractTest {

    private static final Schema SCHEMA = SchemaBuilder.struct()
            .field("id", Schema.OPTIONAL_INT64_SCHEMA)
            .field("price", Decimal.builder(2).parameter("connect.decimal.precision", "10").optional().build())
            .field("day", org.apache.kafka.connect.data.Date.builder().optional().build())
            .field("ts", Timestamp.builder().optional().build())
            .field("ok", Schema.OPTIONAL_BOOLEAN_SCHEMA)
            .build();

    @Override
    protected RecordFormat format() {
        return new CsvFormatProvider().create(Map.of(
                "csv.schema", "id:int64, price:decimal(10,2), day:date, ts:timestamp, ok:boolean"));
    }

    @Override
    protected Stream<Sample> samples() {
        return Stream.of(
                sample("header only", "ID,Price,Day,Ts,Ok\n", List.of()),
                sample("typed values and nulls",
                        "ID,Price,Day,Ts,Ok\n"
                                + "1,9.99,2026-11-27,2026-11-27T10:15:30Z,true\n"
                                + "2,,,,\n"
                                + "-3,\"1,000\",1970-01-01,1970-01-01 00:00:00.123,0\n",
                        List.of(row(1L, "9.99", "2026-11-27", "2026-11-27T10:15:30Z", true),
                                row(2L, null, null, null, null),
                                MALFORMED)),
                sample("values not of their type are malformed",
                        "id,price,day,ts,ok\n"
                                + "x,1,2026-01-01,2026-01-01T00:00:00Z,true\n"
                                + "4,1.001,2026-01-01,2026-01-01T00:00:00Z,true\n"
                                + "5,1,2026-02-30,2026-01-01T00:00:00Z,true\n"
                                + "6,1,2026-01-01,yesterday,true\n"
                                + "7,1,2026-01-01,2026-01-01T00:00:00Z,maybe\n"
                                + "8,1.5,2026-01-01,2026-01-01T00:00:00+01:00,FALSE\n",
                        List.of(MALFORMED, MALFORMED, MALFORMED, MALFORMED, MALFORMED,
                                row(8L, "1.50", "2026-01-01", "2025-12-31T23:00:00Z", false))),
                generated());
    }

    private static Sample generated() {
        StringBuilder content = new StringBuilder("id,price,day,ts,ok\n");
        List<Object> expected = new ArrayList<>();
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 10_000; i++) {
            String price = i + "." + (i % 100 < 10 ? "0" : "") + i % 100;
            String day = LocalDate.ofEpochDay(20_000 + i % 1000).toString();
            Instant ts = base.plusMillis(i * 1_001L);
            content.append(i).append(',').append(price).append(',').append(day).append(',').append(ts).append(',')
                    .append(i % 2 == 0).append('\n');
            expected.add(row((long) i, price, day, ts.toString(), i % 2 == 0));
        }
        return sample("many typed rows", content.toString(), expected);
    }

    private static Struct row(Long id, String price, String day, String ts, Boolean ok) {
        return new Struct(SCHEMA)
                .put("id", id)
                .put("price", price == null ? null : new BigDecimal(price).setScale(2))
                .put("day", day == null ? null : new Date(LocalDate.parse(day).toEpochDay() * 86_400_000L))
                .put("ts", ts == null ? null : Date.from(Instant.parse(ts)))
                .put("ok", ok);
    }

    private static Sample sample(String name, String content, List<Object> values) {
        return new Sample(name, content.getBytes(UTF_8), values);
    }
}
