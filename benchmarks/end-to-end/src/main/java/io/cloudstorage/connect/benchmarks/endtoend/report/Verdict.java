package io.cloudstorage.connect.benchmarks.endtoend.report;

/** Whether a run met one of the benchmark's targets. */
public enum Verdict {
    MET("met"),
    MISSED("missed"),
    /** The run did not hold what the target needs: its data set or contender was not run, or too small to tell. */
    NOT_MEASURED("not measured");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
