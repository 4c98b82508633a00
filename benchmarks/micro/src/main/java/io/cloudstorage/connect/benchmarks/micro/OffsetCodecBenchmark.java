package io.cloudstorage.connect.benchmarks.micro;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.cloudstorage.connect.source.offset.OffsetCodec;
import io.cloudstorage.connect.source.offset.SourceOffset;
import io.cloudstorage.connect.spi.format.ReadPosition;

/**
 * The offset codec both ways: every record carries an offset map made by {@link OffsetCodec#toMap(SourceOffset)},
 * and a task reads its stored offsets back with {@link OffsetCodec#offsetFromMap}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class OffsetCodecBenchmark {

    private SourceOffset offset;
    private Map<String, Object> stored;

    @Setup
    public void createOffset() {
        offset = new SourceOffset("logs/web/2026/11/27/part-00042.log", "\"9b2cf535f27731c974343645a3985328\"",
                new ReadPosition(4_242, 1_834_567, 0), false);
        // Connect's JSON offset store gives every integer back as a Long.
        stored = new LinkedHashMap<>(OffsetCodec.toMap(offset));
        stored.replaceAll((field, value) -> value instanceof Integer number ? number.longValue() : value);
    }

    @Benchmark
    public Map<String, Object> toMap() {
        return OffsetCodec.toMap(offset);
    }

    @Benchmark
    public SourceOffset offsetFromMap() {
        return OffsetCodec.offsetFromMap(stored);
    }
}
