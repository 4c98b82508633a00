package io.cloudstorage.connect.source;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cloudstorage.connect.source.afterread.AfterReadActions;
import io.cloudstorage.connect.source.config.SourceTaskConfig;
import io.cloudstorage.connect.source.metrics.TaskMetrics;
import io.cloudstorage.connect.source.offset.InvalidOffsetException;
import io.cloudstorage.connect.source.offset.OffsetCodec;
import io.cloudstorage.connect.source.offset.SourceOffset;
import io.cloudstorage.connect.source.offset.SourcePartition;
import io.cloudstorage.connect.source.reading.ReadProgress;
import io.cloudstorage.connect.source.reading.StopSignal;
import io.cloudstorage.connect.source.reading.TaskReader;
import io.cloudstorage.connect.source.transaction.ObjectTransactions;
import io.cloudstorage.connect.spi.storage.ObjectStorage;

/**
 * Reads the source partitions the connector assigned to it, resuming each from the offset Connect stored for
 * it. {@link #poll()} returns within about a second, so that the worker can stop the task promptly.
 */
public class CloudStorageSourceTask extends SourceTask {

    private static final Logger log = LoggerFactory.getLogger(CloudStorageSourceTask.class);

    private ObjectStorage storage;
    private TaskMetrics metrics;
    private TaskReader reader;
    private Optional<ObjectTransactions> transactions = Optional.empty();
    private Optional<AfterReadActions> afterRead = Optional.empty();

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        SourceTaskConfig config;
        try {
            config = new SourceTaskConfig(props);
        } catch (ConfigException e) {
            throw new ConnectException("Invalid task configuration: " + e.getMessage(), e);
        }
        String bucket = config.storage().bucket();
        Map<SourcePartition, SourceOffset> offsets = storedOffsets(bucket, config.taskPrefixes());
        storage = config.storage().open();
        metrics = TaskMetrics.publishedTo(context.pluginMetrics());
        afterRead = AfterReadActions.of(config, storage, config.connectorName() + "-" + config.taskIndex());
        afterRead.ifPresent(actions -> offsets.values().stream().filter(offset -> offset != null && offset.readToEnd())
                .forEach(actions::repeatFor));
        reader = TaskReader.create(config, storage, config.record().createFormat(), offsets, metrics,
                Clock.systemUTC(), new StopSignal(),
                afterRead.map(AfterReadActions::progress).orElse(ReadProgress.NONE));
        transactions = ObjectTransactions.of(context, config.reliability().transactionMaxRecords());
        long resumed = offsets.values().stream().filter(offset -> offset != null).count();
        log.info("Reading {} source partitions of bucket {} ({} resume from stored offsets): {}",
                offsets.size(), bucket, resumed, config.taskPrefixes());
    }

    private Map<SourcePartition, SourceOffset> storedOffsets(String bucket, List<String> prefixes) {
        List<Map<String, Object>> partitionMaps = new ArrayList<>();
        for (String prefix : prefixes) {
            partitionMaps.add(OffsetCodec.toMap(new SourcePartition(bucket, prefix)));
        }
        Map<Map<String, Object>, Map<String, Object>> stored =
                context.offsetStorageReader().offsets(partitionMaps);
        Map<SourcePartition, SourceOffset> offsets = new LinkedHashMap<>();
        for (Map<String, Object> partitionMap : partitionMaps) {
            SourcePartition partition = OffsetCodec.partitionFromMap(partitionMap);
            try {
                offsets.put(partition, OffsetCodec.offsetFromMap(stored == null ? null : stored.get(partitionMap)));
            } catch (InvalidOffsetException e) {
                throw new ConnectException("The stored offset of source partition " + partition + " is not valid: "
                        + e.getMessage() + ". Reset it (DELETE /connectors/<name>/offsets on a stopped connector) "
                        + "or correct it (PATCH /connectors/<name>/offsets)", e);
            }
        }
        return offsets;
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        afterRead.ifPresent(AfterReadActions::checkHealthy);
        List<SourceRecord> batch = reader.poll();
        transactions.ifPresent(boundaries -> boundaries.polled(batch));
        return batch;
    }

    /**
     * Called once Kafka acknowledged the record (with exactly-once support, once its transaction committed), or once
     * a transformation or error tolerance dropped it.
     */
    @Override
    public void commitRecord(SourceRecord record, RecordMetadata metadata) {
        afterRead.ifPresent(actions -> actions.acknowledged(record));
    }

    /**
     * Recent workers call this on the task's thread after the last poll has returned; older ones may call it from
     * another thread during a poll, which then returns at once.
     */
    @Override
    public void stop() {
        if (reader != null) {
            reader.stop();
            reader.close();
        }
        afterRead.ifPresent(AfterReadActions::close);
        if (storage != null) {
            storage.close();
        }
        if (metrics != null) {
            metrics.close();
        }
    }
}
