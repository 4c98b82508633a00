package io.cloudstorage.connect.benchmarks.endtoend.ingest;

import java.io.IOException;
import java.util.Optional;

import io.cloudstorage.connect.benchmarks.endtoend.jvm.JvmProbe;

/** An ingester ready to write one data set: its JVM running, waiting for {@link #begin()}. */
public interface Ingestion extends AutoCloseable {

    /** The JVM that does the work, whose CPU time and heap are measured. */
    JvmProbe probe();

    /** Starts writing the records: the moment the measurement starts from. */
    void begin() throws IOException, InterruptedException;

    /** What went wrong, if the ingestion has failed and waiting for records is pointless. */
    Optional<String> failure() throws IOException, InterruptedException;

    @Override
    void close() throws IOException;
}
