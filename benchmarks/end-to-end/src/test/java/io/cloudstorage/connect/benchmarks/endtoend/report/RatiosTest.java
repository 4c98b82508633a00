package io.cloudstorage.connect.benchmarks.endtoend.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class RatiosTest {

    static final Contender CEILING = new Contender("ceiling", "ceiling", Role.CEILING, Contender.NO_STORAGE);
    static final Contender OURS_S3 = new Contender("ours-s3", "ours: s3", Role.OURS, "s3");
    static final Contender OURS_LOCAL = new Contender("ours-local", "ours: local", Role.OURS, "local");
    static final Contender PEER = new Contender("peer", "peer", Role.PEER, "local");
    static final Contender S3_PEER = new Contender("s3-peer", "s3 peer", Role.PEER, "gcs");

    /** 10 MB of 10,000 records in {@code seconds}, with that heap and CPU time. */
    static Measurement measured(String dataSet, Contender contender, double seconds, long heapMib, double cpu) {
        return new Measurement(dataSet, contender, 10_000, 10_000_000, OptionalDouble.of(0.5),
                OptionalDouble.of(seconds), OptionalLong.of(heapMib << 20), OptionalDouble.of(cpu),
                Optional.empty(), "");
    }

    @Test
    void eachFigureIsDividedByTheCeilingsOfTheSameDataSet() {
        Measurement ceiling = measured("a", CEILING, 1, 100, 2);
        Measurement ours = measured("a", OURS_S3, 4, 300, 8);
        Ratios ratios = new Ratios(List.of(measured("b", CEILING, 2, 1, 1), ceiling, ours));

        assertThat(ratios.toCeiling(ours, Figure.MEGABYTES_PER_SECOND).getAsDouble()).isCloseTo(0.25, within(1e-9));
        assertThat(ratios.toCeiling(ours, Figure.RECORDS_PER_SECOND).getAsDouble()).isCloseTo(0.25, within(1e-9));
        assertThat(ratios.toCeiling(ours, Figure.PEAK_HEAP).getAsDouble()).isCloseTo(3, within(1e-9));
        assertThat(ratios.toCeiling(ours, Figure.CPU_SECONDS).getAsDouble()).isCloseTo(4, within(1e-9));
        assertThat(ratios.toCeiling(ceiling, Figure.MEGABYTES_PER_SECOND).getAsDouble()).isEqualTo(1);
    }

    @Test
    void aPeerIsComparedWithOurConnectorOnItsOwnStorageAndOtherwiseWithOursOnS3() {
        Measurement oursS3 = measured("a", OURS_S3, 2, 100, 1);
        Measurement oursLocal = measured("a", OURS_LOCAL, 1, 100, 1);
        Measurement peer = measured("a", PEER, 4, 100, 1);
        Measurement elsewhere = measured("a", S3_PEER, 8, 100, 1);
        Ratios ratios = new Ratios(List.of(oursS3, oursLocal, peer, elsewhere));

        assertThat(ratios.toOurs(peer, Figure.MEGABYTES_PER_SECOND).getAsDouble()).isCloseTo(0.25, within(1e-9));
        assertThat(ratios.toOurs(elsewhere, Figure.MEGABYTES_PER_SECOND).getAsDouble()).isCloseTo(0.25, within(1e-9));
        assertThat(ratios.toOurs(oursLocal, Figure.MEGABYTES_PER_SECOND).getAsDouble()).isEqualTo(1);
    }

    @Test
    void aRatioIsEmptyWithoutAReferenceOrAFigureOnEitherSide() {
        Measurement ours = measured("a", OURS_S3, 2, 100, 1);
        Measurement unsupported = Measurement.withoutFigures("a", PEER, "n/a: gzip");
        Measurement gets = new Measurement("a", new Contender("s3-get", "gets", Role.STORAGE, "s3"), 10, 1_000,
                OptionalDouble.empty(), OptionalDouble.of(1), OptionalLong.empty(), OptionalDouble.empty(), Optional.empty(), "");
        Ratios ratios = new Ratios(List.of(ours, unsupported, gets));

        assertThat(ratios.toCeiling(ours, Figure.MEGABYTES_PER_SECOND)).isEmpty();
        assertThat(ratios.toOurs(unsupported, Figure.MEGABYTES_PER_SECOND)).isEmpty();
        assertThat(ratios.toOurs(gets, Figure.CPU_SECONDS)).isEmpty();
        assertThat(ratios.toOurs(gets, Figure.MEGABYTES_PER_SECOND)).isPresent();
    }
}
