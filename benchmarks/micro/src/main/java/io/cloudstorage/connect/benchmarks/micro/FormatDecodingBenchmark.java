package io.cloudstorage.connect.benchmarks.micro;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import io.cloudstorage.connect.spi.format.InMemoryContent;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.ReadResult;
import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordReader;

/**
 * Each format's decoder reading a whole object of the same rows, from memory: records per second, as the format
 * hands them to the connector (a Connect value with its schema and position). The lines format is the baseline:
 * it makes one string per line and parses nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@OperationsPerInvocation(FormatDecodingBenchmark.ROWS)
public class FormatDecodingBenchmark {

    static final int ROWS = 10_000;

    @Param({"lines", "jsonl", "json", "csv", "tsv", "avro", "parquet"})
    public String format;

    /** The size of a row as a JSON line; its message field takes what the other fields leave. */
    @Param({"256", "1024"})
    public int rowBytes;

    private RecordFormat recordFormat;
    private InMemoryContent content;

    @Setup
    public void generate() {
        SampleObject sample = SampleObjects.of(format, Rows.generate(ROWS, rowBytes, 42));
        recordFormat = Formats.create(format, sample.settings());
        content = sample.content();
    }

    @Benchmark
    public void readEveryRecord(Blackhole blackhole) throws IOException {
        try (RecordReader reader = recordFormat.open(content, ReadPosition.START)) {
            for (ReadResult result = reader.next(); result != null; result = reader.next()) {
                blackhole.consume(result);
            }
        }
    }
}
