package io.cloudstorage.connect.format.avro;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;

/**
 * A record with a field of every Avro type and logical type, its datums, and, built by hand, the Connect schema and
 * values they must be read as.
 */
final class EveryType {

    static final org.apache.avro.Schema AVRO = new org.apache.avro.Schema.Parser().parse("""
            {"type": "record", "name": "Everything", "namespace": "test", "doc": "A field of every type",
             "fields": [
              {"name": "flag", "type": "boolean"},
              {"name": "i", "type": "int"},
              {"name": "l", "type": "long"},
              {"name": "f", "type": "float"},
              {"name": "d", "type": "double"},
              {"name": "s", "type": "string"},
              {"name": "b", "type": "bytes"},
              {"name": "nothing", "type": "null"},
              {"name": "color", "type": {"type": "enum", "name": "Color", "doc": "A colour",
                                         "symbols": ["RED", "GREEN", "BLUE"]}},
              {"name": "hash", "type": {"type": "fixed", "name": "Hash", "size": 4}},
              {"name": "list", "type": {"type": "array", "items": "int"}},
              {"name": "attributes", "type": {"type": "map", "values": "string"}},
              {"name": "maybe", "type": ["null", "string"], "default": null},
              {"name": "either", "type": ["null", "int", "string", "Color"]},
              {"name": "address", "type": {"type": "record", "name": "Address", "namespace": "test.place",
                "fields": [{"name": "city", "type": "string"}, {"name": "zip", "type": ["null", "string"]}]}},
              {"name": "previous", "type": ["null", "test.place.Address"]},
              {"name": "price", "type": {"type": "bytes", "logicalType": "decimal", "precision": 9, "scale": 2}},
              {"name": "total", "type": {"type": "fixed", "name": "Money", "size": 8, "logicalType": "decimal",
                                         "precision": 12, "scale": 3}},
              {"name": "day", "type": {"type": "int", "logicalType": "date"}},
              {"name": "time", "type": {"type": "int", "logicalType": "time-millis"}},
              {"name": "at", "type": {"type": "long", "logicalType": "timestamp-millis"}},
              {"name": "atMicros", "type": {"type": "long", "logicalType": "timestamp-micros"}},
              {"name": "timeMicros", "type": {"type": "long", "logicalType": "time-micros"}},
              {"name": "localAt", "type": {"type": "long", "logicalType": "local-timestamp-millis"}},
              {"name": "id", "type": {"type": "string", "logicalType": "uuid"}}
             ]}
            """);

    private static final Schema COLOR = colorBuilder().build();
    private static final Schema ADDRESS = addressBuilder().build();
    private static final Schema OPTIONAL_ADDRESS = addressBuilder().optional().build();
    private static final Schema EITHER = SchemaBuilder.struct().optional()
            .field("int", Schema.OPTIONAL_INT32_SCHEMA)
            .field("string", Schema.OPTIONAL_STRING_SCHEMA)
            .field("test.Color", colorBuilder().optional().build())
            .build();

    static final Schema CONNECT = SchemaBuilder.struct().name("test.Everything").doc("A field of every type")
            .field("flag", Schema.BOOLEAN_SCHEMA)
            .field("i", Schema.INT32_SCHEMA)
            .field("l", Schema.INT64_SCHEMA)
            .field("f", Schema.FLOAT32_SCHEMA)
            .field("d", Schema.FLOAT64_SCHEMA)
            .field("s", Schema.STRING_SCHEMA)
            .field("b", Schema.BYTES_SCHEMA)
            .field("nothing", Schema.OPTIONAL_STRING_SCHEMA)
            .field("color", COLOR)
            .field("hash", SchemaBuilder.bytes().name("test.Hash").parameter("avro.fixed.size", "4").build())
            .field("list", SchemaBuilder.array(Schema.INT32_SCHEMA).build())
            .field("attributes", SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.STRING_SCHEMA).build())
            .field("maybe", Schema.OPTIONAL_STRING_SCHEMA)
            .field("either", EITHER)
            .field("address", ADDRESS)
            .field("previous", OPTIONAL_ADDRESS)
            .field("price", Decimal.builder(2).parameter("connect.decimal.precision", "9").build())
            .field("total", Decimal.builder(3).parameter("connect.decimal.precision", "12").build())
            .field("day", Date.SCHEMA)
            .field("time", Time.SCHEMA)
            .field("at", Timestamp.SCHEMA)
            .field("atMicros", logical(SchemaBuilder.int64(), "timestamp-micros"))
            .field("timeMicros", logical(SchemaBuilder.int64(), "time-micros"))
            .field("localAt", logical(SchemaBuilder.int64(), "local-timestamp-millis"))
            .field("id", logical(SchemaBuilder.string(), "uuid"))
            .build();

    private static final String[] TEXTS = {"plain", "héllo wörld", "日本語", "\uD83D\uDE00 emoji", ""};
    private static final String[] COLORS = {"RED", "GREEN", "BLUE"};
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private EveryType() {
    }

    /** Datum {@code i}: optional fields are null where i is a multiple of 3, unions take turns. */
    static GenericRecord datum(int i) {
        org.apache.avro.Schema address = AVRO.getField("address").schema();
        org.apache.avro.Schema color = AVRO.getField("color").schema();
        GenericRecord record = new GenericData.Record(AVRO);
        record.put("flag", i % 2 == 0);
        record.put("i", -i);
        record.put("l", i * 10_000_000_000L);
        record.put("f", i / 4f);
        record.put("d", i / 3d);
        record.put("s", TEXTS[i % TEXTS.length]);
        record.put("b", ByteBuffer.wrap(new byte[] {(byte) i, 0, (byte) 0xFF}));
        record.put("nothing", null);
        record.put("color", new GenericData.EnumSymbol(color, COLORS[i % 3]));
        record.put("hash", new GenericData.Fixed(AVRO.getField("hash").schema(), new byte[] {1, 2, 3, (byte) i}));
        record.put("list", List.of(i, i + 1, i + 2).subList(0, i % 4 == 3 ? 0 : 1 + i % 3));
        record.put("attributes", Map.of("key", TEXTS[(i + 1) % TEXTS.length]));
        record.put("maybe", i % 3 == 0 ? null : "maybe " + i);
        record.put("either", switch (i % 4) {
            case 0 -> null;
            case 1 -> i;
            case 2 -> "text " + i;
            default -> new GenericData.EnumSymbol(color, "BLUE");
        });
        record.put("address", address(address, i));
        record.put("previous", i % 3 == 0 ? null : address(address, i + 100));
        record.put("price", ByteBuffer.wrap(unscaled(i).toByteArray()));
        record.put("total", new GenericData.Fixed(AVRO.getField("total").schema(), eightBytes(unscaled(-i))));
        record.put("day", 19_000 + i);
        record.put("time", i * 1000);
        record.put("at", 1_700_000_000_000L + i);
        record.put("atMicros", 1_700_000_000_000_000L + i);
        record.put("timeMicros", i * 1_000_000L);
        record.put("localAt", 1_600_000_000_000L + i);
        record.put("id", new UUID(i, -i).toString());
        return record;
    }

    /** What datum {@code i} must be read as. */
    static Struct expected(int i) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("key", TEXTS[(i + 1) % TEXTS.length]);
        Struct either = switch (i % 4) {
            case 0 -> null;
            case 1 -> new Struct(EITHER).put("int", i);
            case 2 -> new Struct(EITHER).put("string", "text " + i);
            default -> new Struct(EITHER).put("test.Color", "BLUE");
        };
        return new Struct(CONNECT)
                .put("flag", i % 2 == 0)
                .put("i", -i)
                .put("l", i * 10_000_000_000L)
                .put("f", i / 4f)
                .put("d", i / 3d)
                .put("s", TEXTS[i % TEXTS.length])
                .put("b", new byte[] {(byte) i, 0, (byte) 0xFF})
                .put("nothing", null)
                .put("color", COLORS[i % 3])
                .put("hash", new byte[] {1, 2, 3, (byte) i})
                .put("list", List.of(i, i + 1, i + 2).subList(0, i % 4 == 3 ? 0 : 1 + i % 3))
                .put("attributes", attributes)
                .put("maybe", i % 3 == 0 ? null : "maybe " + i)
                .put("either", either)
                .put("address", expectedAddress(ADDRESS, i))
                .put("previous", i % 3 == 0 ? null : expectedAddress(OPTIONAL_ADDRESS, i + 100))
                .put("price", new BigDecimal(unscaled(i), 2))
                .put("total", new BigDecimal(unscaled(-i), 3))
                .put("day", new java.util.Date((19_000 + i) * MILLIS_PER_DAY))
                .put("time", new java.util.Date(i * 1000L))
                .put("at", new java.util.Date(1_700_000_000_000L + i))
                .put("atMicros", 1_700_000_000_000_000L + i)
                .put("timeMicros", i * 1_000_000L)
                .put("localAt", 1_600_000_000_000L + i)
                .put("id", new UUID(i, -i).toString());
    }

    private static GenericRecord address(org.apache.avro.Schema schema, int i) {
        GenericRecord address = new GenericData.Record(schema);
        address.put("city", "Zürich " + i);
        address.put("zip", i % 2 == 0 ? null : String.valueOf(8000 + i));
        return address;
    }

    private static Struct expectedAddress(Schema schema, int i) {
        return new Struct(schema).put("city", "Zürich " + i).put("zip", i % 2 == 0 ? null : String.valueOf(8000 + i));
    }

    private static BigInteger unscaled(int i) {
        return BigInteger.valueOf(i * 12_345L - 500);
    }

    private static byte[] eightBytes(BigInteger value) {
        byte[] bytes = new byte[8];
        byte[] minimal = value.toByteArray();
        byte fill = (byte) (value.signum() < 0 ? 0xFF : 0);
        Arrays.fill(bytes, fill);
        System.arraycopy(minimal, 0, bytes, 8 - minimal.length, minimal.length);
        return bytes;
    }

    private static SchemaBuilder colorBuilder() {
        return SchemaBuilder.string().name("test.Color").doc("A colour").parameter("avro.enum.symbols",
                "RED,GREEN,BLUE");
    }

    private static SchemaBuilder addressBuilder() {
        return SchemaBuilder.struct().name("test.place.Address")
                .field("city", Schema.STRING_SCHEMA)
                .field("zip", Schema.OPTIONAL_STRING_SCHEMA);
    }

    private static Schema logical(SchemaBuilder builder, String logicalType) {
        return builder.parameter("avro.logical.type", logicalType).build();
    }
}
