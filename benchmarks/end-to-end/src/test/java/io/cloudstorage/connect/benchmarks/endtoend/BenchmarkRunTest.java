package io.cloudstorage.connect.benchmarks.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.cloudstorage.connect.benchmarks.endtoend.data.DataSet;
import io.cloudstorage.connect.benchmarks.endtoend.data.DataSets;
import io.cloudstorage.connect.benchmarks.endtoend.data.Scale;
import io.cloudstorage.connect.benchmarks.endtoend.report.Contender;
import io.cloudstorage.connect.benchmarks.endtoend.report.Role;
import io.cloudstorage.connect.benchmarks.endtoend.storage.StorageRequests;

/** What a row's note says about the storage requests of a resume, and the order contenders run in. */
class BenchmarkRunTest {

    private static final Contender OURS_S3 = new Contender("ours-s3", "ours: s3", Role.OURS, "s3");
    private static final Contender OURS_LOCAL = new Contender("ours-local", "ours: local", Role.OURS, "local");
    private static final Contender CEILING = new Contender("ceiling", "ceiling", Role.CEILING,
            Contender.NO_STORAGE);

    private final DataSet resume = DataSets.named("resume", Scale.SHORT, 1);

    @Test
    void aResumeOnS3IsNotedWithTheRequestsCounted() {
        assertThat(BenchmarkRun.note(resume, OURS_S3, everyRecord(resume),
                Optional.of(new StorageRequests(3, 100, 0, 0)), Optional.of(Duration.ofMillis(1_440))))
                .isEqualTo("storage requests: 103 (3 listings, 100 object GETs, 0 HEADs); S3 server: 1.4 CPU s");
    }

    @Test
    void aResumeWhoseRequestsWereNotCountedSaysSo() {
        assertThat(BenchmarkRun.note(resume, OURS_LOCAL, everyRecord(resume), Optional.empty(), Optional.empty()))
                .isEqualTo("storage requests: n/a (counted on S3 only)");
    }

    @Test
    void requestsAreNotedOnlyForOurConnectorResuming() {
        DataSet fresh = DataSets.named("json-100b", Scale.SHORT, 1);

        assertThat(BenchmarkRun.note(resume, CEILING, everyRecord(resume), Optional.empty(), Optional.empty()))
                .isEmpty();
        assertThat(BenchmarkRun.note(fresh, OURS_S3, everyRecord(fresh), Optional.empty(), Optional.empty()))
                .isEmpty();
    }

    @Test
    void theS3ServersCpuTimeIsNotedWhereItWasMeasured() {
        DataSet fresh = DataSets.named("json-100b", Scale.SHORT, 1);

        assertThat(BenchmarkRun.note(fresh, OURS_S3, everyRecord(fresh), Optional.empty(),
                Optional.of(Duration.ofMillis(2_960)))).isEqualTo("S3 server: 3.0 CPU s");
    }

    @Test
    void theFirstRunIsInTheGivenOrder() {
        List<String> contenders = List.of("ceiling", "ours-s3", "ours-local", "peer");

        assertThat(BenchmarkRun.inRunOrder(contenders, 1)).isEqualTo(contenders);
        assertThat(BenchmarkRun.inRunOrder(List.of("alone"), 3)).containsExactly("alone");
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 6})
    void overAFullDesignEachContenderRunsRightAfterEachOtherOneEquallyOften(int contenders) {
        List<Integer> all = IntStream.range(0, contenders).boxed().toList();
        int runs = contenders % 2 == 0 ? contenders : 2 * contenders;
        Map<List<Integer>, Integer> followings = new HashMap<>();
        List<Integer> lastOrder = null;
        for (int run = 1; run <= runs; run++) {
            List<Integer> order = BenchmarkRun.inRunOrder(all, run);
            assertThat(order).containsExactlyInAnyOrderElementsOf(all);
            for (int i = 1; i < order.size(); i++) {
                followings.merge(List.of(order.get(i - 1), order.get(i)), 1, Integer::sum);
            }
            lastOrder = order;
        }

        assertThat(followings).hasSize(contenders * (contenders - 1));
        assertThat(Set.copyOf(followings.values())).hasSize(1);
        assertThat(BenchmarkRun.inRunOrder(all, runs + 1)).isEqualTo(all).isNotEqualTo(lastOrder);
    }

    private static Arrival everyRecord(DataSet dataSet) {
        return new Arrival(dataSet.records(), dataSet.valueBytes(), OptionalDouble.of(0.5), 1.0, Optional.empty());
    }
}
