package io.cloudstorage.connect.benchmarks.endtoend.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A run's results as files: the table as markdown (with what the run was and the targets' verdicts) and CSV, and the
 * chart as SVG.
 */
public final class ResultsReport {

    public static final String MARKDOWN = "results.md";
    public static final String CSV = "results.csv";
    public static final String CHART = "throughput.svg";

    private static final String LEGEND = """
            Each compared figure is followed by its ratio to the ceiling's and to our connector's, for the same \
            data set: `41.3 (0.52 / 1.00)`. Our connector is the one on the same storage as the row where there is \
            one (the FileStreamSource peer reads local files, so it is compared with `ours: local`), else the one \
            on S3. MB/s are 10^6 bytes of record values per second from the start (connector created, or producer \
            told to go) to the last record readable in the topic; MB/s after first record the same from the first \
            record to the last, without what starting cost; records/s as MB/s for records. Peak heap: the \
            most heap in use seen in the JVM that does the work (sampled every 100 ms, and before each \
            collection), garbage included. CPU s: that JVM's CPU time over the same interval, all threads. \
            `storage: raw S3 GET` runs in the harness and moves stored bytes (compressed for gzip data sets).""";

    private static final String TARGETS_LEGEND = """
            The benchmark's targets, judged from the rows above, on this machine; nothing asserts them. Met where: \
            our connector reads 1 KiB lines (`json-1k`) at 0.80 of the ceiling's MB/s or more; it moves more MB/s \
            than FileStreamSource on the same records; resuming after 1,000,000 finished objects takes at most a \
            tenth of the listings that listing them all takes, and at most two object requests per new object; \
            the peak heap, garbage included, stays within half the heap the worker may grow to; the first record \
            is in the topic within 2 s of creating the connector. Not measured: the run did not hold the data set \
            or the contender, the run failed, or the data set is too small to tell.""";

    private final String title;
    private final List<String> facts;
    private final List<Measurement> rows;
    private final Targets targets;

    /** @param facts what the run was: machine, mode, settings, data sets, one markdown list item each */
    public ResultsReport(String title, List<String> facts, List<Measurement> rows, Targets targets) {
        this.title = title;
        this.facts = List.copyOf(facts);
        this.rows = List.copyOf(rows);
        this.targets = targets;
    }

    public String markdown() {
        StringBuilder markdown = new StringBuilder("# ").append(title).append("\n\n");
        facts.forEach(fact -> markdown.append("- ").append(fact).append('\n'));
        markdown.append('\n').append(new ResultTable(rows).toMarkdown()).append('\n').append(LEGEND).append('\n');
        markdown.append("\n## Targets\n\n").append(targets.toMarkdown()).append('\n').append(TARGETS_LEGEND)
                .append('\n');
        return markdown.toString();
    }

    /** Writes {@value #MARKDOWN}, {@value #CSV} and {@value #CHART} into {@code folder}. */
    public void writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(MARKDOWN), markdown());
        Files.writeString(folder.resolve(CSV), new ResultTable(rows).toCsv());
        Files.writeString(folder.resolve(CHART), SvgBarChart.render(title, rows));
    }
}
