package io.cloudstorage.connect.source.reading;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cloudstorage.connect.source.config.BadDataPolicy;
import io.cloudstorage.connect.source.config.ErrorsConfig;
import io.cloudstorage.connect.source.metrics.TaskMetrics;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.StorageObject;

/**
 * Applies {@code errors.policy} to the bad data of one source partition: fails the task, leaves the data out, or
 * turns it into a dead-letter record. Bad records are logged once per object, with their count and the first
 * reason, when the object is done.
 */
final class BadDataHandler {

    private static final Logger log = LoggerFactory.getLogger(BadDataHandler.class);

    private final ErrorsConfig errors;
    private final SourceRecordFactory records;
    private final ObjectStorage storage;
    private final TaskMetrics metrics;
    private final Map<String, Object> partition;
    private final ObjectListing listing;

    private long badInObject;
    private long firstBadNumber;
    private String firstReason;

    BadDataHandler(ErrorsConfig errors, SourceRecordFactory records, ObjectStorage storage, TaskMetrics metrics,
                   Map<String, Object> partition, ObjectListing listing) {
        this.errors = errors;
        this.records = records;
        this.storage = storage;
        this.metrics = metrics;
        this.partition = partition;
        this.listing = listing;
    }

    /**
     * A record that could not be read, or not be sent as configured.
     *
     * @param next where reading goes on after it
     * @return the dead-letter record to send, if the policy is dlq
     * @throws ConnectException if the policy is fail
     */
    Optional<SourceRecord> badRecord(StorageObject object, long number, ReadPosition next, boolean last, byte[] raw,
                                     String reason, String errorClass) {
        if (errors.policy() == BadDataPolicy.FAIL) {
            throw new ConnectException("Cannot read record " + number + " of " + storage.describe(object.key())
                    + ": " + reason + ". " + howToStepOver());
        }
        if (badInObject++ == 0) {
            firstBadNumber = number;
            firstReason = reason;
        }
        if (errors.policy() == BadDataPolicy.SKIP) {
            metrics.recordSkipped();
            return Optional.empty();
        }
        metrics.recordDeadLettered();
        return Optional.of(records.deadLetter(partition, listing.offset(object, next, last), object, number, raw,
                raw.length, errorClass, reason));
    }

    /**
     * An object of which nothing after {@code reached} can be read (corrupt or truncated data), or which cannot be
     * sent at all (no legal topic for it). With dlq, the dead-letter record holds the object's stored bytes.
     *
     * @return the dead-letter record to send, if the policy is dlq
     * @throws ConnectException if the policy is fail
     * @throws IOException      if reading the object's bytes for the dead-letter record failed (may heal)
     */
    Optional<SourceRecord> unreadableObject(StorageObject object, ReadPosition reached, String reason,
                                            String errorClass) throws IOException {
        String where = storage.describe(object.key()) + (reached.records() == 0 ? ""
                : " after record " + reached.records());
        if (errors.policy() == BadDataPolicy.FAIL) {
            throw new ConnectException("Cannot read " + where + ": " + reason + ". " + howToStepOver());
        }
        metrics.objectUnreadable();
        if (errors.policy() == BadDataPolicy.SKIP) {
            log.warn("Skipping the rest of {}, which cannot be read: {}", where, reason);
            return Optional.empty();
        }
        log.warn("Sending the stored bytes of {} to dead-letter topic {}: the rest of it cannot be read: {}", where,
                errors.deadLetterTopic().orElseThrow(), reason);
        return Optional.of(records.deadLetter(partition, listing.offset(object, reached, true).withRestUnreadable(), object,
                reached.records() + 1, storedBytes(object), object.size(), errorClass, reason));
    }

    /** Logs the bad records of the object just finished, if it had any. */
    void objectFinished(StorageObject object) {
        if (badInObject > 0) {
            log.warn("{}: bad records {}: {} (the first, record {}: {})", storage.describe(object.key()),
                    errors.policy() == BadDataPolicy.SKIP ? "skipped"
                            : "sent to dead-letter topic " + errors.deadLetterTopic().orElseThrow(), badInObject,
                    firstBadNumber, firstReason);
        }
        badInObject = 0;
        firstReason = null;
    }

    private byte[] storedBytes(StorageObject object) throws IOException {
        try (InputStream in = storage.open(object, 0)) {
            return in.readNBytes(errors.deadLetterMaxBytes());
        }
    }

    private static String howToStepOver() {
        return "To step over bad data instead, set " + ErrorsConfig.POLICY + "=skip or " + ErrorsConfig.POLICY
                + "=dlq";
    }
}
