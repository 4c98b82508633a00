package io.cloudstorage.connect.benchmarks.endtoend;

import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.cloudstorage.connect.benchmarks.endtoend.data.DataSet;
import io.cloudstorage.connect.benchmarks.endtoend.data.DataSets;
import io.cloudstorage.connect.benchmarks.endtoend.ingest.JvmLauncher;
import io.cloudstorage.connect.benchmarks.endtoend.report.Environment;
import io.cloudstorage.connect.benchmarks.endtoend.report.Measurement;
import io.cloudstorage.connect.benchmarks.endtoend.report.MedianRuns;
import io.cloudstorage.connect.benchmarks.endtoend.report.ResultTable;
import io.cloudstorage.connect.benchmarks.endtoend.report.ResultsReport;
import io.cloudstorage.connect.benchmarks.endtoend.report.Targets;

/** bin/benchmark: runs the end-to-end benchmark, prints the table and writes it, with the chart, to files. */
public final class EndToEndBenchmark {

    private EndToEndBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        LocalDateTime started = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        BenchmarkOptions options;
        List<DataSet> dataSets;
        try {
            options = BenchmarkOptions.parse(Arrays.asList(argv),
                    started.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)));
            dataSets = select(options);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(BenchmarkOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(BenchmarkOptions.USAGE);
            return;
        }
        Files.createDirectories(options.work());
        // Before anything logs: the broker's logs go to a file, the console is the results'.
        System.setProperty("benchmark.log", options.work().resolve("harness.log").toString());
        System.setProperty("log4j2.configurationFile", JvmLauncher.harnessLogConfig());

        List<Measurement> runs = new BenchmarkRun(options, System.out).run(dataSets);
        List<Measurement> measurements = MedianRuns.of(runs);

        String title = "Benchmark results, " + options.scale().name().toLowerCase(Locale.ROOT) + " run of "
                + started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)) + " UTC";
        Targets targets = new Targets(measurements, dataSets, options.measuredMaxHeapBytes());
        ResultsReport report = new ResultsReport(title, facts(options, dataSets), measurements, targets);
        report.writeTo(options.results());
        System.out.println();
        System.out.print(new ResultTable(measurements).toText());
        System.out.println();
        System.out.print(targets.toText());
        System.out.println();
        System.out.println("Results: " + options.results().resolve(ResultsReport.MARKDOWN) + ", "
                + ResultsReport.CSV + " and " + ResultsReport.CHART + " beside it; logs in " + options.work());
        boolean failed = runs.stream().anyMatch(Measurement::hasFailed);
        // The embedded broker leaves threads behind that would keep the JVM up.
        System.exit(failed ? 1 : 0);
    }

    private static List<DataSet> select(BenchmarkOptions options) {
        List<String> unknown = options.contenders().stream()
                .filter(id -> !BenchmarkRun.CONTENDERS.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown contenders " + unknown + "; there are "
                    + BenchmarkRun.CONTENDERS);
        }
        List<String> unknownSets = options.dataSets().stream().filter(name -> !DataSets.NAMES.contains(name)).toList();
        if (!unknownSets.isEmpty()) {
            throw new IllegalArgumentException("Unknown data sets " + unknownSets + "; there are " + DataSets.NAMES);
        }
        return DataSets.NAMES.stream().filter(name -> options.dataSets().isEmpty() || options.dataSets().contains(name))
                .map(name -> DataSets.named(name, options.scale(), options.seed())).toList();
    }

    private static List<String> facts(BenchmarkOptions options, List<DataSet> dataSets) {
        List<String> facts = new ArrayList<>();
        facts.add("Machine: " + Environment.current().describe());
        facts.add("Mode: " + options.scale().name().toLowerCase(Locale.ROOT) + ", seed " + options.seed()
                + "; plug-in from " + options.pluginPath());
        facts.add("Every measured JVM (worker, ceiling producer): " + String.join(" ", options.measuredJvmOptions())
                + "; producer settings on both: " + options.producerSettings());
        facts.add("Broker: one KRaft broker in the harness's JVM, topics of 4 partitions; the harness's consumer "
                + "counts the records. Everything shares the machine's cores.");
        if (options.remoteS3()) {
            facts.add("The contenders on S3 reach it through a proxy (in the harness's JVM) that holds the body of "
                    + "every object GET for " + options.s3Latency().toMillis() + " ms (--s3-latency), as a remote "
                    + "store's first byte takes, and sends it at no more than "
                    + (options.s3Bandwidth() > 0 ? options.s3Bandwidth() / 1_000_000 + " MB/s" : "its full speed")
                    + " on each connection (--s3-bandwidth); the raw S3 GETs go straight to the server");
        }
        if (options.repeat() > 1) {
            facts.add("Each contender ran each data set " + options.repeat() + " times (--repeat), in orders of a "
                    + "Williams design: over as many runs as contenders (twice as many if odd), each runs right after "
                    + "each other one equally often; a row is its run with the median total time (of an even "
                    + "number, the slower of the middle two), and its note lists every run's MB/s");
        }
        if (options.warmUp()) {
            facts.add("Warm JVMs (--warm-up): before its measured run, each worker and ceiling producer JVM ingested "
                    + "the data set's short size (under `warm-up/`, a resume data set's new objects alone) into a "
                    + "topic of its own, with connectors of other names, deleted once every record had arrived; "
                    + "the figures start after that");
        }
        if (!options.ourSettings().isEmpty()) {
            facts.add("Our connector ran with " + options.ourSettings().entrySet().stream()
                    .map(setting -> "`" + setting.getKey() + "=" + setting.getValue() + "`")
                    .collect(Collectors.joining(", ")) + " (--set) besides the settings that make its records the "
                    + "peers' ones");
        }
        for (DataSet dataSet : dataSets) {
            facts.add("`" + dataSet.name() + "`: " + dataSet.description());
        }
        return facts;
    }
}
