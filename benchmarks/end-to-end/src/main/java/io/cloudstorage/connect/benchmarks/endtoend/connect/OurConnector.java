package io.cloudstorage.connect.benchmarks.endtoend.connect;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cloudstorage.connect.benchmarks.endtoend.data.DataSet;
import io.cloudstorage.connect.benchmarks.endtoend.report.Contender;
import io.cloudstorage.connect.benchmarks.endtoend.report.Role;
import io.cloudstorage.connect.benchmarks.endtoend.storage.S3Location;

/**
 * This project's connector, from the packaged plug-in: one task per prefix, each line a record. Keys and headers
 * are turned off so that its records are the ceiling's and the peers' records byte for byte (values only); every
 * other setting is the connector's default unless the run sets it.
 */
public final class OurConnector implements ConnectorUnderTest {

    private final Path pluginPath;
    private final Contender contender;
    private final String bucket;
    private final Map<String, String> storageSettings;
    private final Map<String, String> runSettings;

    private OurConnector(Path pluginPath, String storage, String bucket, Map<String, String> storageSettings,
                         Map<String, String> runSettings) {
        this.pluginPath = pluginPath;
        this.contender = new Contender("ours-" + storage, "ours: " + storage, Role.OURS, storage);
        this.bucket = bucket;
        this.storageSettings = storageSettings;
        this.runSettings = runSettings;
    }

    /** @param runSettings settings other than the defaults, applied last */
    public static OurConnector onS3(Path pluginPath, S3Location s3, Map<String, String> runSettings) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("storage.type", "s3");
        settings.put("s3.endpoint", s3.endpoint().toString());
        settings.put("s3.path.style.access", "true");
        settings.put("s3.region", s3.region());
        settings.put("s3.access.key.id", s3.accessKey());
        settings.put("s3.secret.access.key", s3.secretKey());
        return new OurConnector(pluginPath, "s3", s3.bucket(), settings, runSettings);
    }

    /**
     * @param root        the folder that holds the bucket's folder, named {@code bucket}
     * @param runSettings settings other than the defaults, applied last
     */
    public static OurConnector onLocal(Path pluginPath, Path root, String bucket, Map<String, String> runSettings) {
        return new OurConnector(pluginPath, "local", bucket,
                Map.of("storage.type", "local", "local.root", root.toString()), runSettings);
    }

    @Override
    public Contender contender() {
        return contender;
    }

    @Override
    public Path pluginPath() {
        return pluginPath;
    }

    @Override
    public Optional<String> unsupported(DataSet dataSet) {
        return Optional.empty();
    }

    @Override
    public List<ConnectorConfig> configs(DataSet dataSet, String topic) {
        String name = contender.id();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("name", name);
        settings.put("connector.class", "CloudStorageSourceConnector");
        settings.put("tasks.max", Integer.toString(dataSet.prefixes().size()));
        settings.putAll(storageSettings);
        settings.put("bucket", bucket);
        settings.put("prefix.whitelist", String.join(",", dataSet.prefixes()));
        settings.put("topic", topic);
        settings.put("format", "lines");
        settings.put("record.key", "none");
        settings.put("record.headers.enabled", "false");
        settings.putAll(runSettings);
        return List.of(new ConnectorConfig(name, settings));
    }

    /** The documented offset that starts a prefix after a key: every key up to it counts as read. */
    @Override
    public Optional<List<Map<String, Object>>> offsetsAfterAlreadyRead(DataSet dataSet) {
        return dataSet.lastReadKey().map(key -> dataSet.prefixes().stream().map(prefix -> {
            Map<String, Object> offset = new LinkedHashMap<>();
            offset.put("v", 1);
            offset.put("key", key);
            offset.put("etag", "");
            offset.put("records", 0);
            offset.put("seek", 0);
            offset.put("skip", 0);
            offset.put("complete", true);
            return Map.<String, Object>of("partition", Map.of("bucket", bucket, "prefix", prefix),
                    "offset", offset);
        }).toList());
    }
}
