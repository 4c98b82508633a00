package io.cloudstorage.connect.benchmarks.endtoend.connect;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cloudstorage.connect.benchmarks.endtoend.data.DataSet;
import io.cloudstorage.connect.benchmarks.endtoend.report.Contender;

/**
 * A source connector the benchmark runs on a standalone worker whose {@code plugin.path} is its plug-in folder and
 * nothing else. A peer is added by implementing this for its plug-in folder and its settings.
 */
public interface ConnectorUnderTest {

    Contender contender();

    /** The folder that holds the connector's plug-in folder (or jars), the worker's whole plugin.path. */
    Path pluginPath();

    /** Why the connector cannot read the data set as it is laid out, if it cannot. */
    Optional<String> unsupported(DataSet dataSet);

    /** The connectors that together write every record of the data set into {@code topic}. */
    List<ConnectorConfig> configs(DataSet dataSet, String topic);

    /**
     * The offsets of {@link #configs} connectors, as Connect's REST API takes them, that make them start after the
     * data set's objects already read; empty if the connector cannot be told where to start, which rules out the
     * data sets that hold such objects.
     */
    default Optional<List<Map<String, Object>>> offsetsAfterAlreadyRead(DataSet dataSet) {
        return Optional.empty();
    }
}
