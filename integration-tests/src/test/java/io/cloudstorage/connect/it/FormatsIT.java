package io.cloudstorage.connect.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.Conversions;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.file.CodecFactory;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudstorage.connect.format.parquet.ParquetFiles;

/**
 * Each format end to end, as the JsonConverter with schemas writes it: records compared field by field with the
 * data written, and a restart of the connector in the middle of one large object (a gzip JSON-lines object, a
 * typed CSV object, a multi-block Avro file, a multi-row-group Parquet file) that loses and repeats nothing.
 */
class FormatsIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final SharedCluster CLUSTER = new SharedCluster("formats", 1);

    private static S3Fixture s3() {
        return CLUSTER.s3();
    }

    private static EmbeddedConnectCluster connect() {
        return CLUSTER.connect();
    }

    @Test
    void jsonLinesOfALargeGzipObjectArriveWithInferredSchemasOnceAcrossARestartInsideIt() throws Exception {
        int total = 150_000;
        StringBuilder lines = new StringBuilder();
        for (int id = 1; id <= total; id++) {
            lines.append("{\"id\":").append(id).append(",\"user\":{\"name\":\"user-").append(id)
                    .append("\",\"tags\":[\"a\",\"b\"]},\"amount\":").append(id % 1000).append(".5")
                    .append(id % 3 == 0 ? ",\"note\":\"third\"" : "").append("}\n");
        }
        String bucket = s3().createBucket();
        s3().put(bucket, "events/2026-11-27.jsonl.gz", Gzip.of(lines.toString()));
        Map<String, String> config = withJsonConverter(s3().connectorConfig("jsonl", bucket, "events/", "jsonl"));
        config.put("format", "jsonl");

        Map<Long, JsonNode> payloads = readOnceAcrossARestart("jsonl", config, total);

        JsonNode third = payloads.get(3L);
        assertThat(third.get("user").get("name").asText()).isEqualTo("user-3");
        assertThat(third.get("user").get("tags")).hasSize(2);
        assertThat(third.get("amount").asDouble()).isEqualTo(3.5);
        assertThat(third.get("note").asText()).isEqualTo("third");
        assertThat(payloads.get(4L).get("note").isNull()).isTrue();
        payloads.forEach((id, payload) -> assertThat(payload.get("user").get("name").asText())
                .isEqualTo("user-" + id));
    }

    @Test
    void aMultiBlockAvroFileArrivesFieldByFieldOnceAcrossARestartInsideIt() throws Exception {
        int total = 100_000;
        Schema decimal = LogicalTypes.decimal(10, 2).addToSchema(Schema.create(Schema.Type.BYTES));
        Schema date = LogicalTypes.date().addToSchema(Schema.create(Schema.Type.INT));
        Schema schema = SchemaBuilder.record("Order").namespace("shop").fields()
                .requiredLong("id")
                .requiredString("customer")
                .name("amount").type(decimal).noDefault()
                .name("day").type(date).noDefault()
                .optionalString("note")
                .endRecord();
        GenericData data = new GenericData();
        data.addLogicalTypeConversion(new Conversions.DecimalConversion());
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (DataFileWriter<GenericRecord> writer = new DataFileWriter<GenericRecord>(
                new GenericDatumWriter<>(schema, data)).setCodec(CodecFactory.deflateCodec(6)).setSyncInterval(4096)) {
            writer.create(schema, file);
            for (long id = 1; id <= total; id++) {
                GenericRecord order = new GenericData.Record(schema);
                order.put("id", id);
                order.put("customer", "customer-" + id % 97);
                order.put("amount", new BigDecimal(id).movePointLeft(2));
                order.put("day", (int) LocalDate.of(2026, 11, 27).toEpochDay());
                order.put("note", id % 2 == 0 ? "even" : null);
                writer.append(order);
            }
        }
        String bucket = s3().createBucket();
        s3().put(bucket, "orders/part-0001.avro", file.toByteArray());
        Map<String, String> config = withJsonConverter(s3().connectorConfig("avro", bucket, "orders/", "avro"));
        config.put("format", "avro");

        Map<Long, JsonNode> payloads = readOnceAcrossARestart("avro", config, total);

        payloads.forEach((id, payload) -> {
            assertThat(payload.get("customer").asText()).isEqualTo("customer-" + id % 97);
            assertThat(payload.get("amount").decimalValue()).isEqualByComparingTo(new BigDecimal(id)
                    .movePointLeft(2));
            assertThat(payload.get("day").asInt()).isEqualTo((int) LocalDate.of(2026, 11, 27).toEpochDay());
            assertThat(payload.get("note").isNull()).isEqualTo(id % 2 != 0);
        });
    }

    @Test
    void aMultiRowGroupParquetFileArrivesFieldByFieldOnceAcrossARestartInsideIt() throws Exception {
        int total = 100_000;
        ParquetFiles files = ParquetFiles.withSchema("message order { required int64 id; "
                + "required binary customer (STRING); required int32 amount (DECIMAL(9,2)); "
                + "optional binary note (STRING); }").codec(CompressionCodecName.GZIP).rowGroupRows(5_000);
        List<Group> rows = new ArrayList<>();
        for (long id = 1; id <= total; id++) {
            Group row = files.row().append("id", id).append("customer", "customer-" + id % 97)
                    .append("amount", (int) id);
            if (id % 2 == 0) {
                row.append("note", "even");
            }
            rows.add(row);
        }
        String bucket = s3().createBucket();
        s3().put(bucket, "orders/part-0001.parquet", files.write(rows));
        Map<String, String> config = withJsonConverter(s3().connectorConfig("parquet", bucket, "orders/",
                "parquet"));
        config.put("format", "parquet");

        Map<Long, JsonNode> payloads = readOnceAcrossARestart("parquet", config, total);

        payloads.forEach((id, payload) -> {
            assertThat(payload.get("customer").asText()).isEqualTo("customer-" + id % 97);
            assertThat(payload.get("amount").decimalValue()).isEqualByComparingTo(new BigDecimal(id)
                    .movePointLeft(2));
            assertThat(payload.get("note").isNull()).isEqualTo(id % 2 != 0);
        });
    }

    @Test
    void typedCsvRowsArriveFieldByFieldOnceAcrossARestartInsideTheObject() throws Exception {
        int total = 100_000;
        StringBuilder csv = new StringBuilder("id,customer,amount,day,note\n");
        for (long id = 1; id <= total; id++) {
            csv.append(id).append(",\"customer, ").append(id % 97).append("\",").append(new BigDecimal(id)
                    .movePointLeft(2)).append(",2026-11-27,").append(id % 2 == 0 ? "even" : "").append('\n');
        }
        String bucket = s3().createBucket();
        s3().put(bucket, "orders/2026-11-27.csv", csv.toString());
        Map<String, String> config = withJsonConverter(s3().connectorConfig("csv", bucket, "orders/", "csv"));
        config.put("format", "csv");
        config.put("csv.schema", "id:int64,customer:string,amount:decimal(12,2),day:date,note:string");

        Map<Long, JsonNode> payloads = readOnceAcrossARestart("csv", config, total);

        payloads.forEach((id, payload) -> {
            assertThat(payload.get("customer").asText()).isEqualTo("customer, " + id % 97);
            assertThat(payload.get("amount").decimalValue()).isEqualByComparingTo(new BigDecimal(id)
                    .movePointLeft(2));
            assertThat(payload.get("day").asInt()).isEqualTo((int) LocalDate.of(2026, 11, 27).toEpochDay());
            assertThat(payload.get("note").isNull()).isEqualTo(id % 2 != 0);
        });
    }

    /**
     * Runs the connector until some records arrived, stops it (as {@code PUT /connectors/.../stop} does), resumes
     * it, and reads everything: every record must arrive exactly once.
     *
     * @return the records' payloads by their field {@code id}
     */
    private static Map<Long, JsonNode> readOnceAcrossARestart(String name, Map<String, String> config, int total)
            throws Exception {
        String topic = config.get("topic");
        connect().kafka().createTopic(topic, 1);
        config.put("batch.max.records", "200");
        try (TopicReader records = new TopicReader(connect().kafka(), topic)) {
            connect().configureConnector(name, config);
            records.awaitAtLeast(1, TIMEOUT);
            connect().stopConnector(name);
            connect().assertions().assertConnectorIsStopped(name, "stopped on request");
            int beforeRestart = records.readUntilQuiet(Duration.ofSeconds(2)).size();
            assertThat(beforeRestart).as("stopped inside the object").isLessThan(total);

            connect().resumeConnector(name);
            records.awaitAtLeast(total, TIMEOUT);
            List<TopicReader.Line> all = records.readUntilQuiet(Duration.ofSeconds(3));
            connect().deleteConnector(name);

            Map<Long, JsonNode> payloads = new HashMap<>();
            for (TopicReader.Line line : all) {
                JsonNode envelope = JSON.readTree(line.value());
                assertThat(envelope.get("schema").get("type").asText()).isEqualTo("struct");
                JsonNode payload = envelope.get("payload");
                assertThat(payloads.put(payload.get("id").asLong(), payload)).as("record %s repeated",
                        payload.get("id")).isNull();
            }
            assertThat(payloads).hasSize(total);
            return payloads;
        }
    }

    private static Map<String, String> withJsonConverter(Map<String, String> config) {
        config.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        config.put("value.converter.schemas.enable", "true");
        config.put("value.converter.decimal.format", "NUMERIC");
        return config;
    }

}
