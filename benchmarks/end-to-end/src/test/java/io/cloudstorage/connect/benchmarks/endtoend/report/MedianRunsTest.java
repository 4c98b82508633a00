package io.cloudstorage.connect.benchmarks.endtoend.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class MedianRunsTest {

    private static final Contender OURS = new Contender("ours-local", "ours: local", Role.OURS, "local");
    private static final Contender PEER = new Contender("peer", "peer", Role.PEER, "local");

    @Test
    void eachRowIsTheWholeRunWithTheMedianTotalTimeNotingEveryRunsRate() {
        List<Measurement> rows = MedianRuns.of(List.of(run("a", OURS, 10, 1.0), run("a", PEER, 20, 2.0),
                run("a", OURS, 8, 3.0), run("a", PEER, 25, 4.0), run("a", OURS, 12, 5.0), run("a", PEER, 16, 6.0)));

        assertThat(rows).extracting(Measurement::contender).containsExactly(OURS, PEER);
        assertThat(rows.get(0).seconds()).hasValue(10);
        assertThat(rows.get(0).cpuSeconds()).hasValue(1.0);
        assertThat(rows.get(0).note()).isEqualTo("median of 3 runs by total s; MB/s of each: 100.0, 125.0, 83.3");
        assertThat(rows.get(1).seconds()).hasValue(20);
        assertThat(rows.get(1).cpuSeconds()).hasValue(2.0);
    }

    @Test
    void ofTwoRunsTheSlowerIsTheRowAndItsOwnNoteIsKept() {
        Measurement slower = new Measurement("a", OURS, 1, 1_000_000_000, OptionalDouble.of(0.5),
                OptionalDouble.of(12), OptionalLong.of(1), OptionalDouble.of(1), Optional.empty(),
                "storage requests: 3");

        List<Measurement> rows = MedianRuns.of(List.of(run("a", OURS, 10, 1), slower));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.seconds()).hasValue(12);
            assertThat(row.note()).isEqualTo("storage requests: 3; median of 2 runs by total s; MB/s of each: "
                    + "100.0, 83.3");
        });
    }

    @Test
    void aFailedRunIsTheRow() {
        Measurement failed = Measurement.failed("a", OURS, "timed out");

        assertThat(MedianRuns.of(List.of(run("a", OURS, 10, 1), failed, run("a", OURS, 11, 1))))
                .containsExactly(failed);
    }

    @Test
    void singleRunsAndRowsWithoutFiguresStayAsTheyAre() {
        Measurement single = run("a", OURS, 10, 1);
        Measurement notApplicable = Measurement.withoutFigures("b", PEER, "n/a: reads plain text only");

        assertThat(MedianRuns.of(List.of(single, notApplicable, notApplicable))).containsExactly(single,
                notApplicable);
    }

    private static Measurement run(String dataSet, Contender contender, double seconds, double cpuSeconds) {
        return new Measurement(dataSet, contender, 1_000, 1_000_000_000, OptionalDouble.of(0.5),
                OptionalDouble.of(seconds), OptionalLong.of(1 << 20), OptionalDouble.of(cpuSeconds),
                Optional.empty(), "");
    }
}
