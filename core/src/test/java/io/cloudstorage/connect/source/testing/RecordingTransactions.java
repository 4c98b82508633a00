package io.cloudstorage.connect.source.testing;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.TransactionContext;

/** The boundaries a task asked for, in order: the value of the record a transaction ends with, or "batch". */
public final class RecordingTransactions implements TransactionContext {

    public static final String AFTER_BATCH = "batch";

    private final List<Object> boundaries = new ArrayList<>();

    public List<Object> boundaries() {
        return boundaries;
    }

    @Override
    public void commitTransaction() {
        boundaries.add(AFTER_BATCH);
    }

    @Override
    public void commitTransaction(SourceRecord record) {
        boundaries.add(record.value());
    }

    @Override
    public void abortTransaction() {
        throw new AssertionError("The connector never aborts a transaction");
    }

    @Override
    public void abortTransaction(SourceRecord record) {
        throw new AssertionError("The connector never aborts a transaction");
    }
}
