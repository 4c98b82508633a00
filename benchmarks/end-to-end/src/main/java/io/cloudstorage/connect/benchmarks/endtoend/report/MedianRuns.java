package io.cloudstorage.connect.benchmarks.endtoend.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One row per data set and contender out of repeated runs: the run with the median total time, whole, so that its
 * figures stay those of one run. Runs minutes apart on a shared machine differ by more than most of the
 * differences a benchmark is run for; the median of a few runs, in orders that change, is what a comparison can rest on.
 */
public final class MedianRuns {

    private MedianRuns() {
    }

    /** @param runs every run, in the order they ran; the rows come in the order of each one's first run */
    public static List<Measurement> of(List<Measurement> runs) {
        Map<List<String>, List<Measurement>> byRow = new LinkedHashMap<>();
        for (Measurement run : runs) {
            byRow.computeIfAbsent(List.of(run.dataSet(), run.contender().id()), row -> new ArrayList<>()).add(run);
        }
        return byRow.values().stream().map(MedianRuns::median).toList();
    }

    /** A failed run is the row, so that no failure hides behind the others; rows without figures stay as they are. */
    private static Measurement median(List<Measurement> runs) {
        Optional<Measurement> failed = runs.stream().filter(Measurement::hasFailed).findFirst();
        if (failed.isPresent()) {
            return failed.get();
        }
        List<Measurement> timed = runs.stream().filter(run -> run.seconds().isPresent()).toList();
        if (timed.size() < 2) {
            return runs.get(0);
        }
        Measurement median = timed.stream().sorted(Comparator.comparingDouble(run -> run.seconds().getAsDouble()))
                .toList().get(timed.size() / 2);
        String each = timed.stream().map(run -> String.format(Locale.ROOT, "%.1f",
                run.megabytesPerSecond().getAsDouble())).collect(Collectors.joining(", "));
        String repeats = "median of " + timed.size() + " runs by total s; MB/s of each: " + each;
        String note = median.note().isEmpty() ? repeats : median.note() + "; " + repeats;
        return new Measurement(median.dataSet(), median.contender(), median.records(), median.bytes(),
                median.firstRecordSeconds(), median.seconds(), median.peakHeapBytes(), median.cpuSeconds(),
                median.storageRequests(), note);
    }
}
