package io.cloudstorage.connect.benchmarks.endtoend.connect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.cloudstorage.connect.benchmarks.endtoend.data.DataSet;
import io.cloudstorage.connect.benchmarks.endtoend.data.StoredObject;
import io.cloudstorage.connect.benchmarks.endtoend.report.Contender;
import io.cloudstorage.connect.benchmarks.endtoend.report.Role;

/**
 * Kafka's {@code FileStreamSourceConnector} (connect-file), reading the data set's objects as local files: one
 * connector per file, which is all it reads, each with its one task and its default settings.
 */
public final class FileStreamSourcePeer implements ConnectorUnderTest {

    private static final Contender CONTENDER = new Contender("file-stream-source", "peer: FileStreamSource",
            Role.PEER, "local");

    private final Path pluginPath;
    private final Path bucketFolder;

    /** @param bucketFolder the folder where the objects are files, under their keys */
    public FileStreamSourcePeer(Path pluginPath, Path bucketFolder) {
        this.pluginPath = pluginPath;
        this.bucketFolder = bucketFolder;
    }

    @Override
    public Contender contender() {
        return CONTENDER;
    }

    @Override
    public Path pluginPath() {
        return pluginPath;
    }

    @Override
    public Optional<String> unsupported(DataSet dataSet) {
        if (dataSet.compressed()) {
            return Optional.of("reads plain text only, not gzip");
        }
        if (dataSet.toRead().size() > dataSet.prefixes().size()) {
            return Optional.of(String.format(Locale.ROOT, "one connector per file: %,d files would take as many "
                    + "connectors", dataSet.toRead().size()));
        }
        return Optional.empty();
    }

    @Override
    public List<ConnectorConfig> configs(DataSet dataSet, String topic) {
        List<ConnectorConfig> configs = new ArrayList<>();
        for (StoredObject object : dataSet.toRead()) {
            String name = "file-stream-" + configs.size();
            configs.add(new ConnectorConfig(name, Map.of(
                    "name", name,
                    "connector.class", "org.apache.kafka.connect.file.FileStreamSourceConnector",
                    "tasks.max", "1",
                    "file", bucketFolder.resolve(object.key()).toString(),
                    "topic", topic)));
        }
        return configs;
    }
}
