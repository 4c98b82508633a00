package io.cloudstorage.connect.benchmarks.micro;

import java.io.ByteArrayInputStream;
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

import io.cloudstorage.connect.spi.format.LineSplitter;

/**
 * The spi's {@link LineSplitter} alone, which the lines and jsonl formats stand on: how many lines per second it
 * finds, without any record being made. Compared with {@link FormatDecodingBenchmark}'s lines format at the same
 * line size, it shows what making a string record per line costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@OperationsPerInvocation(LineSplittingBenchmark.LINES)
public class LineSplittingBenchmark {

    static final int LINES = 10_000;
    private static final int MAX_LINE_BYTES = 8 * 1024 * 1024;

    /** Each line's size with its '\n'. */
    @Param({"100", "256", "1024"})
    public int lineBytes;

    private byte[] content;

    @Setup
    public void generate() {
        content = Words.lines(LINES, lineBytes, 42);
    }

    @Benchmark
    public void splitLines(Blackhole blackhole) throws IOException {
        try (LineSplitter lines = new LineSplitter(new ByteArrayInputStream(content), 0, MAX_LINE_BYTES)) {
            while (lines.next()) {
                blackhole.consume(lines.end());
            }
        }
    }
}
