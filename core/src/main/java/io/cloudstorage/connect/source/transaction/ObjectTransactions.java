package io.cloudstorage.connect.source.transaction;

import java.util.List;
import java.util.Optional;

import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTaskContext;
import org.apache.kafka.connect.source.TransactionContext;

import io.cloudstorage.connect.source.offset.OffsetCodec;

/**
 * Defines the transaction boundaries of a task whose connector has {@code transaction.boundary=connector}: a
 * transaction ends after the last record of each object, after {@code maxRecords} records without such an end, and
 * when a poll finds nothing to read while records are still in an open transaction (the last record of an object
 * may have been left out as bad data, and a transaction left open would keep read_committed consumers waiting).
 */
public final class ObjectTransactions {

    private final TransactionContext transactions;
    private final int maxRecords;
    private long openRecords;

    ObjectTransactions(TransactionContext transactions, int maxRecords) {
        this.transactions = transactions;
        this.maxRecords = maxRecords;
    }

    /** Boundaries for this task, or nothing if Connect defines them (or does not use transactions). */
    public static Optional<ObjectTransactions> of(SourceTaskContext context, int maxRecords) {
        return Optional.ofNullable(context.transactionContext())
                .map(transactions -> new ObjectTransactions(transactions, maxRecords));
    }

    /** Ends transactions inside or after {@code batch}, the records a poll returns ({@code null} for none). */
    public void polled(List<SourceRecord> batch) {
        if (batch == null || batch.isEmpty()) {
            if (openRecords > 0) {
                transactions.commitTransaction();
                openRecords = 0;
            }
            return;
        }
        for (SourceRecord record : batch) {
            openRecords++;
            if (openRecords >= maxRecords || OffsetCodec.completesObject(record.sourceOffset())) {
                transactions.commitTransaction(record);
                openRecords = 0;
            }
        }
    }
}
