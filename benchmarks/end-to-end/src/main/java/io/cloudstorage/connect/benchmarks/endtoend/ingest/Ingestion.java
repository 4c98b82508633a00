package io.cloudstorage.connect.benchmarks.endtoend.ingest;

import java.io.IOException;
import java.util.Optional;

import io.cloudstorage.connect.benchmarks.endtoend.data.DataSet;
import io.cloudstorage.connect.benchmarks.endtoend.jvm.JvmProbe;

/** An ingester ready to write one data set: its JVM running, waiting for {@link #begin()}. */
public interface Ingestion extends AutoCloseable {

    /** The JVM that does the work, whose CPU time and heap are measured. */
    JvmProbe probe();

    /**
     * Starts writing another data set's records into another topic, before {@link #begin()}, so that the JVM has
     * loaded and compiled the code the measured ingestion runs, as a JVM that has run for a while has (--warm-up).
     */
    WarmUp warmUp(DataSet warmUp, String topic) throws IOException, InterruptedException;

    /** Starts writing the records: the moment the measurement starts from. */
    void begin() throws IOException, InterruptedException;

    /** What went wrong, if the ingestion has failed and waiting for records is pointless. */
    Optional<String> failure() throws IOException, InterruptedException;

    @Override
    void close() throws IOException;
}
