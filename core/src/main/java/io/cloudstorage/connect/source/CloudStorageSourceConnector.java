package io.cloudstorage.connect.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.ConnectorTransactionBoundaries;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
import org.apache.kafka.connect.source.SourceConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cloudstorage.connect.source.config.CloudStorageSourceConfig;
import io.cloudstorage.connect.source.config.SourceTaskConfig;
import io.cloudstorage.connect.source.metrics.ConnectorMetrics;
import io.cloudstorage.connect.source.offset.InvalidOffsetException;
import io.cloudstorage.connect.source.offset.OffsetCodec;
import io.cloudstorage.connect.source.offset.SourceOffset;
import io.cloudstorage.connect.source.offset.SourcePartition;
import io.cloudstorage.connect.source.planning.PartitionDiscovery;
import io.cloudstorage.connect.source.planning.PartitionMonitor;
import io.cloudstorage.connect.source.planning.TaskAssignment;
import io.cloudstorage.connect.source.retry.Backoff;
import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.RetriableStorageException;
import io.cloudstorage.connect.spi.storage.StorageException;

/**
 * Streams the objects under a bucket's prefixes into a Kafka topic. Each prefix (or, with prefix discovery, each
 * prefix found some levels below one) is a source partition, read in key order by one task.
 */
public class CloudStorageSourceConnector extends SourceConnector {

    private static final Logger log = LoggerFactory.getLogger(CloudStorageSourceConnector.class);

    private final TaskAssignment assignment = new TaskAssignment();
    private CloudStorageSourceConfig config;
    private ObjectStorage storage;
    private PartitionMonitor monitor;
    private ConnectorMetrics metrics;
    private volatile List<SourcePartition> partitions = List.of();

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public ConfigDef config() {
        return CloudStorageSourceConfig.configDef();
    }

    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        return new ConfigValidation(super.validate(connectorConfigs), connectorConfigs).withLiveChecks();
    }

    @Override
    public void start(Map<String, String> props) {
        try {
            config = new CloudStorageSourceConfig(props);
        } catch (ConfigException e) {
            throw new ConnectException("Invalid configuration: " + e.getMessage(), e);
        }
        metrics = new ConnectorMetrics(context.pluginMetrics(), () -> partitions.size());
        storage = config.storage().open();
        try {
            storage.checkBucket(config.listing().prefixes().get(0));
        } catch (RetriableStorageException e) {
            log.warn("Could not check bucket {} now; the tasks will retry: {}", storage.bucket(), e.getMessage());
        } catch (StorageException e) {
            stop();
            throw new ConnectException(e.getMessage(), e);
        }
        PartitionDiscovery discovery = new PartitionDiscovery(storage, config.listing());
        monitor = new PartitionMonitor(discovery, config.listing().pollInterval(),
                new Backoff(config.reliability().initialBackoff(), config.reliability().maxBackoff()),
                new PartitionMonitor.Listener() {
                    @Override
                    public void partitionsChanged(List<SourcePartition> discovered) {
                        partitions = discovered;
                        metrics.reconfigurationRequested();
                        context.requestTaskReconfiguration();
                    }

                    @Override
                    public void failed(RuntimeException error) {
                        context.raiseError(error);
                    }
                },
                "cloud-storage-source-monitor-" + props.getOrDefault("name", "connector"));
        partitions = initialPartitions();
        if (!discovery.isStatic()) {
            monitor.start();
        }
        log.info("Started reading bucket {} ({}) into topic {}: {} source partitions{}", storage.bucket(),
                config.storage().type(), config.record().topic(), partitions.size(),
                discovery.isStatic() ? "" : ", looking for new prefixes every "
                        + config.listing().pollInterval().toMillis() + " ms");
    }

    private List<SourcePartition> initialPartitions() {
        try {
            return monitor.discoverNow();
        } catch (RetriableStorageException e) {
            log.warn("Could not discover prefixes in bucket {} now; trying again in the background: {}",
                    storage.bucket(), e.getMessage());
            return List.of();
        } catch (RuntimeException e) {
            stop();
            throw e instanceof ConnectException ? e : new ConnectException(e.getMessage(), e);
        }
    }

    /** Every format's positions are exact, so offsets committed in the records' transaction lose and repeat nothing. */
    @Override
    public ExactlyOnceSupport exactlyOnceSupport(Map<String, String> connectorConfig) {
        return ExactlyOnceSupport.SUPPORTED;
    }

    /**
     * With {@code transaction.boundary=connector}, a transaction ends at each object's end (see
     * {@code transaction.max.records}), so that read_committed consumers see whole objects.
     */
    @Override
    public ConnectorTransactionBoundaries canDefineTransactionBoundaries(Map<String, String> connectorConfig) {
        return ConnectorTransactionBoundaries.SUPPORTED;
    }

    /**
     * Checks offsets that users set through {@code PATCH /connectors/<name>/offsets}: each source partition must be
     * one of this connector's bucket, and each offset one this connector can resume from (or null, to read the
     * partition from its start).
     */
    @Override
    public boolean alterOffsets(Map<String, String> connectorConfig, Map<Map<String, ?>, Map<String, ?>> offsets) {
        String bucket;
        try {
            bucket = new CloudStorageSourceConfig(connectorConfig).storage().bucket();
        } catch (ConfigException e) {
            throw new ConnectException("Invalid configuration: " + e.getMessage(), e);
        }
        for (Map.Entry<Map<String, ?>, Map<String, ?>> entry : offsets.entrySet()) {
            try {
                SourcePartition partition = OffsetCodec.partitionFromMap(entry.getKey());
                if (!partition.bucket().equals(bucket)) {
                    throw new InvalidOffsetException("The source partition " + entry.getKey() + " is of bucket '"
                            + partition.bucket() + "', not of this connector's bucket '" + bucket + "'");
                }
                SourceOffset offset = OffsetCodec.offsetFromMap(entry.getValue());
                if (offset != null && !offset.key().startsWith(partition.prefix())) {
                    throw new InvalidOffsetException("The offset's key '" + offset.key() + "' is not under the "
                            + "partition's prefix '" + partition.prefix() + "'");
                }
            } catch (InvalidOffsetException e) {
                throw new ConnectException(e.getMessage() + ". A source partition is {\"bucket\": ..., \"prefix\": "
                        + "...}; an offset is null (read the partition from its start) or {\"v\": "
                        + OffsetCodec.VERSION + ", \"key\": ..., \"etag\": ..., \"records\": ..., \"seek\": ..., "
                        + "\"skip\": ..., \"complete\": true|false}", e);
            }
        }
        return true;
    }

    @Override
    public Class<? extends Task> taskClass() {
        return CloudStorageSourceTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        List<Map<String, String>> taskConfigs = new ArrayList<>();
        for (List<SourcePartition> group : assignment.assign(partitions, maxTasks)) {
            taskConfigs.add(SourceTaskConfig.forTask(config, taskConfigs.size(),
                    group.stream().map(SourcePartition::prefix).toList()));
        }
        log.info("{} source partitions assigned to {} tasks (tasks.max={})", partitions.size(), taskConfigs.size(),
                maxTasks);
        return taskConfigs;
    }

    @Override
    public void stop() {
        if (monitor != null) {
            monitor.close();
        }
        if (storage != null) {
            storage.close();
        }
        if (metrics != null) {
            metrics.close();
        }
    }
}
