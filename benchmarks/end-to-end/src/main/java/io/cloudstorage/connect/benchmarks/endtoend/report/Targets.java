package io.cloudstorage.connect.benchmarks.endtoend.report;

import static io.cloudstorage.connect.benchmarks.endtoend.data.DataSets.KIB_LINES;
import static io.cloudstorage.connect.benchmarks.endtoend.data.DataSets.LARGE_OBJECT;
import static io.cloudstorage.connect.benchmarks.endtoend.data.DataSets.RESUME;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.cloudstorage.connect.benchmarks.endtoend.data.DataSet;
import io.cloudstorage.connect.benchmarks.endtoend.storage.StorageRequests;

/**
 * The benchmark's targets, judged from one run's rows: reported beside the table, never asserted, as what the
 * run shows on the machine it ran on. A target whose data set or contender the run left out is "not measured", so
 * that a partial run cannot pass for a complete one.
 */
public final class Targets {

    private static final double CEILING_SHARE = 0.80;
    private static final double FIRST_RECORD_SECONDS = 2.0;
    /** The most keys one S3 listing returns: a listing of the whole prefix takes its objects over this, rounded up. */
    private static final int KEYS_PER_LISTING = 1_000;
    /**
     * Below this many listings for the whole prefix, the few a resume needs (one per 1,000 new objects and a couple
     * more) cannot be told from a tenth of them.
     */
    private static final int LISTINGS_TO_TELL = 100;
    private static final String NO_CONTENDER = "–";

    private final List<Measurement> rows;
    private final List<DataSet> dataSets;
    private final long maxHeapBytes;

    /**
     * @param rows         a row per data set and contender, as the table shows them
     * @param dataSets     the data sets the run loaded
     * @param maxHeapBytes the heap every measured JVM may grow to
     */
    public Targets(List<Measurement> rows, List<DataSet> dataSets, long maxHeapBytes) {
        this.rows = List.copyOf(rows);
        this.dataSets = List.copyOf(dataSets);
        this.maxHeapBytes = maxHeapBytes;
    }

    public List<TargetCheck> checks() {
        List<TargetCheck> checks = new ArrayList<>();
        checks.addAll(kibLinesAgainstCeiling());
        checks.addAll(aheadOfPeer());
        checks.addAll(resumeCost());
        checks.addAll(boundedHeap());
        checks.addAll(firstRecord());
        return checks;
    }

    public String toMarkdown() {
        return table().toMarkdown();
    }

    public String toText() {
        return table().toText(column -> false);
    }

    private TextTable table() {
        return new TextTable(List.of("target", "contender", "verdict", "measured"), checks().stream()
                .map(check -> List.of(check.target(), check.contender(), check.verdict().label(), check.measured()))
                .toList());
    }

    private List<TargetCheck> kibLinesAgainstCeiling() {
        String target = "1 KiB lines at 80 % of the ceiling or more";
        List<Measurement> ours = rows(KIB_LINES, Role.OURS);
        Optional<Measurement> ceiling = rows(KIB_LINES, Role.CEILING).stream().filter(Targets::timed).findFirst();
        if (ours.isEmpty()) {
            return List.of(notMeasured(target, KIB_LINES + " was not run with our connector"));
        }
        List<TargetCheck> checks = new ArrayList<>();
        for (Measurement row : ours) {
            if (!timed(row)) {
                checks.add(notMeasured(target, row, row.note()));
            } else if (ceiling.isEmpty()) {
                checks.add(notMeasured(target, row, "the ceiling was not measured on " + KIB_LINES));
            } else {
                double share = megabytesPerSecond(row) / megabytesPerSecond(ceiling.get());
                checks.add(new TargetCheck(target, row.contender().name(), format("%.2f of the ceiling's MB/s "
                        + "(%.1f against %.1f)", share, megabytesPerSecond(row), megabytesPerSecond(ceiling.get())),
                        verdict(share >= CEILING_SHARE)));
            }
        }
        return checks;
    }

    private List<TargetCheck> aheadOfPeer() {
        String target = "ahead of FileStreamSource";
        List<TargetCheck> checks = new ArrayList<>();
        for (DataSet dataSet : dataSets) {
            Optional<Measurement> peer = rows(dataSet.name(), Role.PEER).stream().filter(Targets::timed).findFirst();
            if (peer.isEmpty()) {
                continue;
            }
            for (Measurement row : rows(dataSet.name(), Role.OURS)) {
                if (!timed(row)) {
                    checks.add(notMeasured(target, row, dataSet.name() + ": " + row.note()));
                    continue;
                }
                double ratio = megabytesPerSecond(row) / megabytesPerSecond(peer.get());
                checks.add(new TargetCheck(target, row.contender().name(), format("%s: %.2f× the peer's MB/s "
                        + "(%.1f against %.1f)", dataSet.name(), ratio, megabytesPerSecond(row),
                        megabytesPerSecond(peer.get())), verdict(ratio > 1)));
            }
        }
        if (checks.isEmpty()) {
            return List.of(notMeasured(target, "the peer has figures on no data set of this run"));
        }
        return checks;
    }

    /**
     * Met where, beyond one or two requests per new object, the listings are at most a tenth of what listing the
     * whole prefix takes: what starting after the last finished key costs, and not a listing of everything.
     */
    private List<TargetCheck> resumeCost() {
        String target = "resume costs O(new objects) requests";
        Optional<DataSet> resume = dataSets.stream().filter(dataSet -> dataSet.name().equals(RESUME)).findFirst();
        List<Measurement> counted = rows(RESUME, Role.OURS).stream()
                .filter(row -> row.storageRequests().isPresent()).toList();
        if (resume.isEmpty() || counted.isEmpty()) {
            return List.of(notMeasured(target, RESUME + " was not run with our connector on S3, where requests "
                    + "are counted"));
        }
        int newObjects = resume.get().toRead().size();
        int allObjects = newObjects + resume.get().alreadyRead().size();
        long fullListing = (allObjects + KEYS_PER_LISTING - 1) / KEYS_PER_LISTING;
        List<TargetCheck> checks = new ArrayList<>();
        for (Measurement row : counted) {
            StorageRequests requests = row.storageRequests().get();
            long objectRequests = requests.total() - requests.listings();
            String measured = format("%,d requests for %,d new objects among %,d: %,d listings (listing them all "
                    + "takes %,d), %,d object requests", requests.total(), newObjects, allObjects,
                    requests.listings(), fullListing, objectRequests);
            if (fullListing < LISTINGS_TO_TELL) {
                checks.add(notMeasured(target, row, measured + "; too few objects to tell that from a listing of "
                        + "them all (--full has 1,000,000)"));
            } else {
                checks.add(new TargetCheck(target, row.contender().name(), measured,
                        verdict(requests.listings() * 10 <= fullListing && objectRequests <= 2L * newObjects)));
            }
        }
        return checks;
    }

    /** Met where the peak, garbage included, stays within half the heap the JVM may grow to. */
    private List<TargetCheck> boundedHeap() {
        String target = "heap bounded";
        List<TargetCheck> checks = new ArrayList<>();
        for (String dataSet : List.of(LARGE_OBJECT, RESUME)) {
            for (Measurement row : rows(dataSet, Role.OURS)) {
                if (row.peakHeapBytes().isEmpty()) {
                    checks.add(notMeasured(target, row, dataSet + ": " + row.note()));
                    continue;
                }
                long peak = row.peakHeapBytes().getAsLong();
                checks.add(new TargetCheck(target, row.contender().name(), format("%s: %,d MiB at most, garbage "
                        + "included, of a %,d MiB heap", dataSet, peak >> 20, maxHeapBytes >> 20),
                        verdict(peak <= maxHeapBytes / 2)));
            }
        }
        if (checks.isEmpty()) {
            return List.of(notMeasured(target, LARGE_OBJECT + " and " + RESUME + " were not run with our "
                    + "connector"));
        }
        return checks;
    }

    /** A failed run leaves the verdict open unless another was late: its first record is not known. */
    private List<TargetCheck> firstRecord() {
        String target = "first record within 2 s";
        Map<String, List<Measurement>> byContender = new LinkedHashMap<>();
        rows.stream().filter(row -> row.contender().role() == Role.OURS)
                .filter(row -> row.firstRecordSeconds().isPresent() || row.hasFailed())
                .forEach(row -> byContender.computeIfAbsent(row.contender().name(), name -> new ArrayList<>())
                        .add(row));
        if (byContender.isEmpty()) {
            return List.of(notMeasured(target, "our connector has no run of a data set it reads"));
        }
        List<TargetCheck> checks = new ArrayList<>();
        byContender.forEach((contender, runs) -> {
            List<Measurement> failed = runs.stream().filter(Measurement::hasFailed).toList();
            List<Measurement> late = runs.stream().filter(row -> row.firstRecordSeconds().isPresent()
                    && row.firstRecordSeconds().getAsDouble() > FIRST_RECORD_SECONDS).toList();
            List<Measurement> inTime = runs.stream()
                    .filter(row -> !failed.contains(row) && !late.contains(row)).toList();
            List<String> parts = new ArrayList<>();
            late.forEach(row -> parts.add(format("%.2f s on %s", firstRecord(row), row.dataSet())));
            failed.forEach(row -> parts.add("failed on " + row.dataSet()));
            inTime.stream().max(Comparator.comparingDouble(Targets::firstRecord)).ifPresent(slowest -> parts.add(
                    format("at most %.2f s on %s%d data set%s (%s)", firstRecord(slowest),
                            parts.isEmpty() ? "" : "the other ", inTime.size(), inTime.size() == 1 ? "" : "s",
                            slowest.dataSet())));
            Verdict verdict = !late.isEmpty() ? Verdict.MISSED : failed.isEmpty() ? Verdict.MET : Verdict.NOT_MEASURED;
            checks.add(new TargetCheck(target, contender, String.join("; ", parts), verdict));
        });
        return checks;
    }

    private static double firstRecord(Measurement row) {
        return row.firstRecordSeconds().getAsDouble();
    }

    private List<Measurement> rows(String dataSet, Role role) {
        return rows.stream().filter(row -> row.dataSet().equals(dataSet) && row.contender().role() == role)
                .toList();
    }

    private static boolean timed(Measurement row) {
        return row.megabytesPerSecond().isPresent();
    }

    private static double megabytesPerSecond(Measurement row) {
        return row.megabytesPerSecond().getAsDouble();
    }

    private static Verdict verdict(boolean met) {
        return met ? Verdict.MET : Verdict.MISSED;
    }

    private static TargetCheck notMeasured(String target, String why) {
        return new TargetCheck(target, NO_CONTENDER, why, Verdict.NOT_MEASURED);
    }

    private static TargetCheck notMeasured(String target, Measurement row, String why) {
        return new TargetCheck(target, row.contender().name(), why, Verdict.NOT_MEASURED);
    }

    private static String format(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
