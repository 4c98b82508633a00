package io.cloudstorage.connect.benchmarks.endtoend.report;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Each figure of a row as a ratio to the same figure of two references for the same data set: the ceiling, and
 * our connector, reading from the same storage as the row if it can (a peer that reads local files is compared
 * with our connector on local files), else from S3. A ratio is empty when either figure is.
 */
public final class Ratios {

    private static final String DEFAULT_STORAGE = "s3";

    private final List<Measurement> measurements;

    public Ratios(List<Measurement> measurements) {
        this.measurements = List.copyOf(measurements);
    }

    public OptionalDouble toCeiling(Measurement row, Figure figure) {
        return ratio(row, find(row.dataSet(), Role.CEILING, null), figure);
    }

    public OptionalDouble toOurs(Measurement row, Figure figure) {
        Optional<Measurement> sameStorage = find(row.dataSet(), Role.OURS, row.contender().storage());
        return ratio(row, sameStorage.isPresent() ? sameStorage : find(row.dataSet(), Role.OURS, DEFAULT_STORAGE),
                figure);
    }

    /** @param storage the reference's storage, or {@code null} for any */
    private Optional<Measurement> find(String dataSet, Role role, String storage) {
        return measurements.stream()
                .filter(m -> m.dataSet().equals(dataSet) && m.contender().role() == role)
                .filter(m -> storage == null || m.contender().storage().equals(storage))
                .findFirst();
    }

    private static OptionalDouble ratio(Measurement row, Optional<Measurement> reference, Figure figure) {
        OptionalDouble value = figure.of(row);
        OptionalDouble base = reference.map(figure::of).orElse(OptionalDouble.empty());
        if (value.isEmpty() || base.isEmpty() || base.getAsDouble() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(value.getAsDouble() / base.getAsDouble());
    }
}
