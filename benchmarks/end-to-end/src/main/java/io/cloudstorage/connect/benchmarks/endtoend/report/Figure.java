package io.cloudstorage.connect.benchmarks.endtoend.report;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;

/** The figures of a row that are compared with the ceiling's and with our connector's. */
public enum Figure {

    MEGABYTES_PER_SECOND("MB/s", "%.1f", Measurement::megabytesPerSecond),
    MEGABYTES_PER_SECOND_AFTER_FIRST_RECORD("MB/s after first record", "%.1f",
            Measurement::megabytesPerSecondAfterFirstRecord),
    RECORDS_PER_SECOND("records/s", "%,.0f", Measurement::recordsPerSecond),
    PEAK_HEAP("peak heap MiB", "%.0f", Measurement::peakHeapMebibytes),
    CPU_SECONDS("CPU s", "%.1f", Measurement::cpuSeconds);

    private final String label;
    private final String format;
    private final Function<Measurement, OptionalDouble> value;

    Figure(String label, String format, Function<Measurement, OptionalDouble> value) {
        this.label = label;
        this.format = format;
        this.value = value;
    }

    public String label() {
        return label;
    }

    public OptionalDouble of(Measurement measurement) {
        return value.apply(measurement);
    }

    /** The figure of the measurement as the tables show it, or {@code n/a}. */
    public String format(Measurement measurement) {
        OptionalDouble figure = of(measurement);
        return figure.isPresent() ? String.format(Locale.ROOT, format, figure.getAsDouble()) : "n/a";
    }

    /** A column name for machines: lower case, underscores. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
