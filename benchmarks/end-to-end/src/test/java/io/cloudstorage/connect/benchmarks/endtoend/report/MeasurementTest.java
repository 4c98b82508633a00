package io.cloudstorage.connect.benchmarks.endtoend.report;

import static io.cloudstorage.connect.benchmarks.endtoend.report.RatiosTest.OURS_S3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class MeasurementTest {

    @Test
    void thePaceAfterTheFirstRecordLeavesOutTheTimeToIt() {
        Measurement measurement = measurement(OptionalDouble.of(1.0), OptionalDouble.of(5.0));

        assertThat(measurement.megabytesPerSecond().getAsDouble()).isCloseTo(4.0, within(1e-9));
        assertThat(measurement.megabytesPerSecondAfterFirstRecord().getAsDouble()).isCloseTo(5.0, within(1e-9));
    }

    @Test
    void withoutAFirstRecordOrWithAllRecordsAtOnceThereIsNoPaceAfterIt() {
        assertThat(measurement(OptionalDouble.empty(), OptionalDouble.of(5.0)).megabytesPerSecondAfterFirstRecord())
                .isEmpty();
        assertThat(measurement(OptionalDouble.of(5.0), OptionalDouble.of(5.0)).megabytesPerSecondAfterFirstRecord())
                .isEmpty();
    }

    private static Measurement measurement(OptionalDouble firstRecordSeconds, OptionalDouble seconds) {
        return new Measurement("json-1k", OURS_S3, 20_000, 20_000_000, firstRecordSeconds, seconds,
                OptionalLong.empty(), OptionalDouble.empty(), Optional.empty(), "");
    }
}
