package io.cloudstorage.connect.source.reading;

import java.time.Clock;

import io.cloudstorage.connect.source.config.CloudStorageSourceConfig;
import io.cloudstorage.connect.source.metrics.TaskMetrics;
import io.cloudstorage.connect.source.retry.Backoff;
import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.storage.ObjectStorage;

/** What the readers of a task's source partitions share. */
record ReadingContext(CloudStorageSourceConfig config, ObjectStorage storage, RecordFormat format,
                      ObjectContents contents, SourceRecordFactory records, TaskMetrics metrics, Clock clock,
                      ReadProgress progress, ReadAhead readAhead) {

    static ReadingContext of(CloudStorageSourceConfig config, ObjectStorage storage, RecordFormat format,
                             TaskMetrics metrics, Clock clock, ReadProgress progress) {
        ReadAhead readAhead = new ReadAhead(config.readAhead(), format, storage, metrics);
        return new ReadingContext(config, storage, format,
                new ObjectContents(storage, readAhead, config.record().compression(), format, metrics),
                new SourceRecordFactory(config), metrics, clock, progress, readAhead);
    }

    Backoff newBackoff() {
        return new Backoff(config.reliability().initialBackoff(), config.reliability().maxBackoff());
    }
}
