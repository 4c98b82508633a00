package io.cloudstorage.connect.benchmarks.micro;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.connect.source.SourceRecord;
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

import io.cloudstorage.connect.source.CloudStorageSourceConnector;
import io.cloudstorage.connect.source.CloudStorageSourceTask;
import io.cloudstorage.connect.source.testing.FakeConnectorContext;
import io.cloudstorage.connect.source.testing.FakeOffsetStore;
import io.cloudstorage.connect.source.testing.InMemoryBucket;
import io.cloudstorage.connect.source.testing.TestConfigs;

/**
 * The task as a worker drives it, through Connect's API ({@code start}, {@code poll} until every record is out,
 * {@code stop}), over an object held by core's in-memory storage: listing, reading lines, and building each
 * {@link SourceRecord} with its source partition, offset map, key, timestamp and headers; then, for each record, what
 * the worker does with its source partition: look it up in a hash map (of the records awaiting acknowledgement, of
 * the offsets to commit). The core's record factory is not public, so this is where it is measured: inside the loop
 * that calls it. Records per second.
 *
 * <p>{@code defaults} keeps the connector's record settings (the object key as the key, four headers);
 * {@code value-only} has neither, as the end-to-end benchmark runs it. The lines are in one object, or in 5,000 small
 * objects of 4 lines each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@OperationsPerInvocation(TaskPollBenchmark.LINES)
public class TaskPollBenchmark {

    static final int LINES = 20_000;
    private static final int LINE_BYTES = 100;
    private static final String PREFIX = "logs/";

    @Param({"defaults", "value-only"})
    public String recordSettings;

    /** One object of every line, or many small objects of a few lines each. */
    @Param({"20000", "4"})
    public int linesPerObject;

    private Map<String, String> taskConfig;

    @Setup
    public void putObjectAndConfigureTask() {
        String bucket = "task-poll-" + recordSettings + "-" + linesPerObject;
        InMemoryBucket objects = InMemoryBucket.create(bucket);
        for (int i = 0; i < LINES / linesPerObject; i++) {
            objects.put(String.format("%spart-%05d.log", PREFIX, i), Words.lines(linesPerObject, LINE_BYTES, i));
        }
        Map<String, String> props = TestConfigs.connector(bucket, PREFIX);
        if ("value-only".equals(recordSettings)) {
            props.put("record.key", "none");
            props.put("record.headers.enabled", "false");
        }
        CloudStorageSourceConnector connector = new CloudStorageSourceConnector();
        connector.initialize(new FakeConnectorContext());
        connector.start(props);
        taskConfig = connector.taskConfigs(1).get(0);
        connector.stop();
    }

    @Benchmark
    public void pollEveryRecord(Blackhole blackhole) throws InterruptedException {
        CloudStorageSourceTask task = new CloudStorageSourceTask();
        task.initialize(new FakeOffsetStore().context(taskConfig));
        task.start(taskConfig);
        Map<Map<String, ?>, Map<String, ?>> latestOffsets = new HashMap<>();
        try {
            for (int read = 0; read < LINES; ) {
                List<SourceRecord> batch = task.poll();
                if (batch != null) {
                    read += batch.size();
                    for (SourceRecord record : batch) {
                        latestOffsets.put(record.sourcePartition(), record.sourceOffset());
                    }
                    blackhole.consume(batch);
                }
            }
        } finally {
            task.stop();
        }
        blackhole.consume(latestOffsets);
    }
}
