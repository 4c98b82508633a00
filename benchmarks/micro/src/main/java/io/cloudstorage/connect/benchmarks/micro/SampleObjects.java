package io.cloudstorage.connect.benchmarks.micro;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.avro.Schema;
import org.apache.avro.file.CodecFactory;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.example.data.Group;

import io.cloudstorage.connect.format.parquet.ParquetFiles;

/**
 * The same rows as an object of each format, written by each format's usual writer. Avro and Parquet are written
 * uncompressed, so that their benchmarks measure decoding rather than a compression codec.
 */
final class SampleObjects {

    /** The formats {@link #of} writes. */
    static final List<String> FORMATS = List.of("lines", "jsonl", "json", "csv", "tsv", "avro", "parquet");

    private static final String CSV_SCHEMA =
            "id:int64,time:timestamp,user:string,event:string,amount:float64,message:string";
    private static final Schema AVRO_SCHEMA = new Schema.Parser().parse("""
            {"type": "record", "name": "Row", "fields": [
              {"name": "id", "type": "long"},
              {"name": "time", "type": {"type": "long", "logicalType": "timestamp-millis"}},
              {"name": "user", "type": "string"},
              {"name": "event", "type": "string"},
              {"name": "amount", "type": "double"},
              {"name": "message", "type": "string"}
            ]}""");
    private static final String PARQUET_SCHEMA = """
            message row {
              required int64 id;
              required int64 time (TIMESTAMP(MILLIS,true));
              required binary user (STRING);
              required binary event (STRING);
              required double amount;
              required binary message (STRING);
            }""";

    private SampleObjects() {
    }

    /** The rows as an object of {@code format}, one of {@link #FORMATS}. */
    static SampleObject of(String format, List<Row> rows) {
        switch (format) {
            case "lines":
                return new SampleObject(format, "sample.log", jsonLines(rows), Map.of());
            case "jsonl":
                return new SampleObject(format, "sample.jsonl", jsonLines(rows), Map.of());
            case "json":
                return new SampleObject(format, "sample.json", jsonArray(rows), Map.of());
            case "csv":
                return new SampleObject(format, "sample.csv", delimited(rows, ','), Map.of("csv.schema", CSV_SCHEMA));
            case "tsv":
                return new SampleObject(format, "sample.tsv", delimited(rows, '\t'), Map.of("tsv.schema", CSV_SCHEMA));
            case "avro":
                return new SampleObject(format, "sample.avro", avro(rows), Map.of());
            case "parquet":
                return new SampleObject(format, "sample.parquet", parquet(rows), Map.of());
            default:
                throw new IllegalArgumentException("No sample objects for format '" + format + "'; known: " + FORMATS);
        }
    }

    private static byte[] jsonLines(List<Row> rows) {
        StringBuilder text = new StringBuilder();
        rows.forEach(row -> text.append(Rows.toJson(row)).append('\n'));
        return text.toString().getBytes(UTF_8);
    }

    /** One document: an array of the rows, one per line, which the json format reads one element at a time. */
    private static byte[] jsonArray(List<Row> rows) {
        return rows.stream().map(Rows::toJson).collect(Collectors.joining(",\n", "[\n", "\n]\n")).getBytes(UTF_8);
    }

    /** A header line, then a line per row; no field holds the delimiter or a quote, so none is quoted. */
    private static byte[] delimited(List<Row> rows, char delimiter) {
        StringBuilder text = new StringBuilder(String.join(String.valueOf(delimiter), "id", "time", "user", "event",
                "amount", "message")).append('\n');
        for (Row row : rows) {
            text.append(row.id()).append(delimiter).append(row.time()).append(delimiter).append(row.user())
                    .append(delimiter).append(row.event()).append(delimiter).append(row.amount()).append(delimiter)
                    .append(row.message()).append('\n');
        }
        return text.toString().getBytes(UTF_8);
    }

    private static byte[] avro(List<Row> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataFileWriter<GenericRecord> writer = new DataFileWriter<>(new GenericDatumWriter<>(AVRO_SCHEMA))) {
            writer.setCodec(CodecFactory.nullCodec()).create(AVRO_SCHEMA, out);
            for (Row row : rows) {
                GenericRecord datum = new GenericData.Record(AVRO_SCHEMA);
                datum.put("id", row.id());
                datum.put("time", row.time().toEpochMilli());
                datum.put("user", row.user());
                datum.put("event", row.event());
                datum.put("amount", row.amount());
                datum.put("message", row.message());
                writer.append(datum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] parquet(List<Row> rows) {
        ParquetFiles files = ParquetFiles.withSchema(PARQUET_SCHEMA);
        List<Group> groups = rows.stream().map(row -> {
            Group group = files.row();
            group.add("id", row.id());
            group.add("time", row.time().toEpochMilli());
            group.add("user", row.user());
            group.add("event", row.event());
            group.add("amount", row.amount());
            group.add("message", row.message());
            return group;
        }).toList();
        try {
            return files.write(groups);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
