package io.cloudstorage.connect.benchmarks.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.benchmarks.endtoend.data.DataSet;
import io.cloudstorage.connect.benchmarks.endtoend.data.DataSets;
import io.cloudstorage.connect.benchmarks.endtoend.data.Scale;
import io.cloudstorage.connect.benchmarks.endtoend.report.Contender;
import io.cloudstorage.connect.benchmarks.endtoend.report.Role;
import io.cloudstorage.connect.benchmarks.endtoend.storage.StorageRequests;

/** What a row's note says about the storage requests of a resume. */
class BenchmarkRunTest {

    private static final Contender OURS_S3 = new Contender("ours-s3", "ours: s3", Role.OURS, "s3");
    private static final Contender OURS_LOCAL = new Contender("ours-local", "ours: local", Role.OURS, "local");
    private static final Contender CEILING = new Contender("ceiling", "ceiling", Role.CEILING,
            Contender.NO_STORAGE);

    private final DataSet resume = DataSets.named("resume", Scale.SHORT, 1);

    @Test
    void aResumeOnS3IsNotedWithTheRequestsCounted() {
        assertThat(BenchmarkRun.note(resume, OURS_S3, everyRecord(resume),
                Optional.of(new StorageRequests(3, 100, 0, 0))))
                .isEqualTo("storage requests: 103 (3 listings, 100 object GETs, 0 HEADs)");
    }

    @Test
    void aResumeWhoseRequestsWereNotCountedSaysSo() {
        assertThat(BenchmarkRun.note(resume, OURS_LOCAL, everyRecord(resume), Optional.empty()))
                .isEqualTo("storage requests: n/a (counted on S3 only)");
    }

    @Test
    void requestsAreNotedOnlyForOurConnectorResuming() {
        DataSet fresh = DataSets.named("json-100b", Scale.SHORT, 1);

        assertThat(BenchmarkRun.note(resume, CEILING, everyRecord(resume), Optional.empty())).isEmpty();
        assertThat(BenchmarkRun.note(fresh, OURS_S3, everyRecord(fresh), Optional.empty())).isEmpty();
    }

    private static Arrival everyRecord(DataSet dataSet) {
        return new Arrival(dataSet.records(), dataSet.valueBytes(), OptionalDouble.of(0.5), 1.0, Optional.empty());
    }
}
