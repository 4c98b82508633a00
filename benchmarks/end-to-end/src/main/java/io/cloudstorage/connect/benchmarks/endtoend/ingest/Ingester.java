package io.cloudstorage.connect.benchmarks.endtoend.ingest;

import java.nio.file.Path;
import java.util.Optional;

import io.cloudstorage.connect.benchmarks.endtoend.data.DataSet;
import io.cloudstorage.connect.benchmarks.endtoend.report.Contender;

/** Something that writes a data set's records into a topic from a JVM of its own, measured like every other. */
public interface Ingester {

    Contender contender();

    /** Why it cannot ingest the data set, if it cannot. */
    Optional<String> unsupported(DataSet dataSet);

    /**
     * Starts its JVM and does everything that comes before ingesting, so that {@link Ingestion#begin()} is all
     * that is left to time.
     *
     * @param folder where its configuration and log go
     */
    Ingestion prepare(DataSet dataSet, String topic, Path folder) throws Exception;
}
