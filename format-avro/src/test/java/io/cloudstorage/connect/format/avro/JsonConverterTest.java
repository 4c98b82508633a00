package io.cloudstorage.connect.format.avro;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.avro.Schema;
import org.apache.avro.file.CodecFactory;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.storage.ConverterType;
import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.RecordReader;

/** Records must survive the converters a worker serializes them with; the user doc's example is checked here. */
class JsonConverterTest {

    private final JsonConverter converter = converter();

    @Test
    void recordsOfEveryTypeRoundTripThroughJsonConverterWithSchemas() throws IOException {
        byte[] file = AvroFiles.write(EveryType.AVRO, CodecFactory.nullCodec(), 1_000,
                IntStream.range(0, 8).mapToObj(EveryType::datum).toList());

        try (RecordReader reader = new AvroFormatProvider().create(Map.of())
                .open(AvroFiles.content(file), ReadPosition.START)) {
            for (int i = 0; i < 8; i++) {
                FormatRecord record = (FormatRecord) reader.next();
                byte[] json = converter.fromConnectData("topic", record.valueSchema(), record.value());
                assertThat(converter.toConnectData("topic", json).value()).as("datum %d", i)
                        .isEqualTo(record.value());
            }
        }
    }

    @Test
    void theOrderOfTheUserDocIsWrittenAsTheDocShowsIt() throws IOException {
        Schema order = new Schema.Parser().parse("""
                {"type": "record", "name": "Order", "namespace": "com.example.shop", "doc": "An order as placed",
                 "fields": [
                   {"name": "id", "type": "long"},
                   {"name": "customer", "type": "string"},
                   {"name": "total", "type": {"type": "bytes", "logicalType": "decimal", "precision": 10, "scale": 2}},
                   {"name": "placed_at", "type": {"type": "long", "logicalType": "timestamp-millis"}},
                   {"name": "status", "type": {"type": "enum", "name": "Status", "symbols": ["NEW", "PAID", "SHIPPED"]}},
                   {"name": "items", "type": {"type": "array", "items": "string"}},
                   {"name": "note", "type": ["null", "string"], "default": null}
                 ]}""");
        GenericRecord datum = new GenericData.Record(order);
        datum.put("id", 1042L);
        datum.put("customer", "Zoë");
        datum.put("total", ByteBuffer.wrap(BigInteger.valueOf(4_999).toByteArray()));
        datum.put("placed_at", 1_795_000_000_000L);
        datum.put("status", new GenericData.EnumSymbol(order.getField("status").schema(), "PAID"));
        datum.put("items", List.of("book", "pen"));
        datum.put("note", null);
        byte[] file = AvroFiles.write(order, CodecFactory.snappyCodec(), 64_000, List.of(datum));

        FormatRecord record;
        try (RecordReader reader = new AvroFormatProvider().create(Map.of())
                .open(AvroFiles.content(file), ReadPosition.START)) {
            record = (FormatRecord) reader.next();
        }

        assertThat(new String(converter.fromConnectData("orders", record.valueSchema(), record.value()), UTF_8))
                .isEqualTo("""
                        {"schema":{"type":"struct","fields":[\
                        {"type":"int64","optional":false,"field":"id"},\
                        {"type":"string","optional":false,"field":"customer"},\
                        {"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,\
                        "parameters":{"scale":"2","connect.decimal.precision":"10"},"field":"total"},\
                        {"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp",\
                        "version":1,"field":"placed_at"},\
                        {"type":"string","optional":false,"name":"com.example.shop.Status",\
                        "parameters":{"avro.enum.symbols":"NEW,PAID,SHIPPED"},"field":"status"},\
                        {"type":"array","items":{"type":"string","optional":false},"optional":false,"field":"items"},\
                        {"type":"string","optional":true,"field":"note"}],\
                        "optional":false,"name":"com.example.shop.Order","doc":"An order as placed"},\
                        "payload":{"id":1042,"customer":"Zoë","total":"E4c=","placed_at":1795000000000,\
                        "status":"PAID","items":["book","pen"],"note":null}}""");
    }

    private static JsonConverter converter() {
        JsonConverter converter = new JsonConverter();
        converter.configure(Map.of("schemas.enable", "true", "converter.type", ConverterType.VALUE.getName()));
        return converter;
    }
}
