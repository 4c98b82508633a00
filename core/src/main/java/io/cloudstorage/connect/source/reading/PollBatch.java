package io.cloudstorage.connect.source.reading;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.connect.source.SourceRecord;

/**
 * The records one poll hands to Connect: full at {@code batch.max.records} records or once their estimated size
 * reaches {@code batch.max.bytes}, whichever comes first.
 */
final class PollBatch {

    private final List<SourceRecord> records = new ArrayList<>();
    private final int maxRecords;
    private final long maxBytes;
    private long bytes;

    PollBatch(int maxRecords, long maxBytes) {
        this.maxRecords = maxRecords;
        this.maxBytes = maxBytes;
    }

    void add(SourceRecord record) {
        records.add(record);
        bytes += EstimatedSize.of(record.key()) + EstimatedSize.of(record.value());
    }

    boolean isFull() {
        return records.size() >= maxRecords || bytes >= maxBytes;
    }

    /** How many more records fit by number; bytes may end the batch sooner. */
    int recordsLeft() {
        return Math.max(0, maxRecords - records.size());
    }

    boolean isEmpty() {
        return records.isEmpty();
    }

    List<SourceRecord> records() {
        return records;
    }
}
