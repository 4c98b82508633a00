package io.cloudstorage.connect.format.parquet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.io.api.Binary;

/**
 * Rows of nested groups, lists, maps, nulls, logical types and unicode, written to Parquet files and expected back
 * as Connect structs built here by hand.
 */
final class People {

    static final String PARQUET_SCHEMA = """
            message person {
              required int64 id;
              optional binary name (STRING);
              optional group address {
                required binary city (STRING);
                optional int32 zip;
              }
              optional group tags (LIST) {
                repeated group list {
                  optional binary element (STRING);
                }
              }
              optional group scores (MAP) {
                repeated group key_value {
                  required binary key (STRING);
                  optional double value;
                }
              }
              optional int64 updated (TIMESTAMP(MILLIS,true));
              optional binary price (DECIMAL(9,2));
            }""";

    static final Schema ADDRESS = SchemaBuilder.struct()
            .field("city", Schema.STRING_SCHEMA)
            .field("zip", Schema.OPTIONAL_INT32_SCHEMA)
            .optional().build();
    static final Schema PERSON = SchemaBuilder.struct()
            .field("id", Schema.INT64_SCHEMA)
            .field("name", Schema.OPTIONAL_STRING_SCHEMA)
            .field("address", ADDRESS)
            .field("tags", SchemaBuilder.array(Schema.OPTIONAL_STRING_SCHEMA).optional().build())
            .field("scores", SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.OPTIONAL_FLOAT64_SCHEMA).optional().build())
            .field("updated", Timestamp.builder().optional().build())
            .field("price", Decimal.builder(2).parameter("connect.decimal.precision", "9").optional().build())
            .build();

    private static final List<String> NAMES = List.of("Zoë", "Łukasz", "山田太郎", "Ἀριστοτέλης", "😀 emoji", "plain");
    private static final long EPOCH_MILLIS = 1_764_201_600_000L;

    private People() {
    }

    static ParquetFiles files() {
        return ParquetFiles.withSchema(PARQUET_SCHEMA);
    }

    static List<Group> rows(ParquetFiles files, int count) {
        List<Group> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(row(files, i));
        }
        return rows;
    }

    /** Person {@code i}, as the values written. */
    static List<Object> values(int count) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(value(i));
        }
        return values;
    }

    private static Group row(ParquetFiles files, int i) {
        Group row = files.row().append("id", (long) i);
        if (i % 7 != 3) {
            row.add("name", name(i));
        }
        if (i % 4 != 1) {
            Group address = row.addGroup("address").append("city", "City " + (i % 10));
            if (i % 3 == 0) {
                address.add("zip", 10_000 + i);
            }
        }
        if (i % 5 != 2) {
            Group tags = row.addGroup("tags");
            for (String tag : tags(i)) {
                Group element = tags.addGroup("list");
                if (tag != null) {
                    element.add("element", tag);
                }
            }
        }
        if (i % 6 != 4) {
            Group scores = row.addGroup("scores");
            for (Map.Entry<String, Double> score : scores(i).entrySet()) {
                Group pair = scores.addGroup("key_value").append("key", score.getKey());
                if (score.getValue() != null) {
                    pair.add("value", score.getValue());
                }
            }
        }
        if (i % 9 != 0) {
            row.add("updated", EPOCH_MILLIS + i * 1000L);
        }
        if (i % 8 != 5) {
            row.add("price", Binary.fromConstantByteArray(price(i).unscaledValue().toByteArray()));
        }
        return row;
    }

    private static Struct value(int i) {
        Struct person = new Struct(PERSON).put("id", (long) i);
        if (i % 7 != 3) {
            person.put("name", name(i));
        }
        if (i % 4 != 1) {
            Struct address = new Struct(ADDRESS).put("city", "City " + (i % 10));
            if (i % 3 == 0) {
                address.put("zip", 10_000 + i);
            }
            person.put("address", address);
        }
        if (i % 5 != 2) {
            person.put("tags", tags(i));
        }
        if (i % 6 != 4) {
            person.put("scores", scores(i));
        }
        if (i % 9 != 0) {
            person.put("updated", new java.util.Date(EPOCH_MILLIS + i * 1000L));
        }
        if (i % 8 != 5) {
            person.put("price", price(i));
        }
        return person;
    }

    private static String name(int i) {
        return NAMES.get(i % NAMES.size()) + " " + i;
    }

    /** Empty lists, lists holding nulls, and longer lists. */
    private static List<String> tags(int i) {
        List<String> tags = new ArrayList<>();
        for (int t = 0; t < i % 4; t++) {
            tags.add(t == 1 && i % 3 == 0 ? null : "tag-" + (i + t) % 11);
        }
        return tags;
    }

    private static Map<String, Double> scores(int i) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int s = 0; s < i % 3; s++) {
            scores.put("k" + s, s == 1 && i % 2 == 0 ? null : i * 0.5 + s);
        }
        return scores;
    }

    /** Negative prices too, whose unscaled bytes are two's complement. */
    private static BigDecimal price(int i) {
        return new BigDecimal(BigInteger.valueOf((i % 2 == 0 ? 1 : -1) * (i * 1013L % 9_999_999)), 2);
    }
}
