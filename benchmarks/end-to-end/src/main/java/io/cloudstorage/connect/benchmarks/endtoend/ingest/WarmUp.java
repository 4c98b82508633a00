package io.cloudstorage.connect.benchmarks.endtoend.ingest;

import java.io.IOException;
import java.util.Optional;

/** A warm-up under way in an ingester's JVM, while the harness counts its records. */
public interface WarmUp extends AutoCloseable {

    /** What went wrong, if the warm-up has failed and waiting for its records is pointless. */
    Optional<String> failure() throws IOException, InterruptedException;

    /** Stops what the warm-up left running, so that only the measured ingestion runs after it. */
    @Override
    void close() throws IOException, InterruptedException;
}
