package io.cloudstorage.connect.source.config;

import java.time.Duration;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

import io.cloudstorage.connect.source.choice.ConfigChoice;

/** How storage failures that may heal are retried, and how records are grouped into transactions. */
public final class ReliabilityConfig {

    public static final String GROUP = "Reliability";
    public static final String RETRY_BACKOFF_MS = "retry.backoff.ms";
    public static final String RETRY_BACKOFF_MAX_MS = "retry.backoff.max.ms";
    public static final String TRANSACTION_MAX_RECORDS = "transaction.max.records";
    public static final String CHANGED_OBJECT_POLICY = "changed.object.policy";

    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final int transactionMaxRecords;
    private final ChangedObjectPolicy changedObjectPolicy;

    ReliabilityConfig(AbstractConfig config) {
        this.initialBackoff = Duration.ofMillis(config.getLong(RETRY_BACKOFF_MS));
        this.maxBackoff = Duration.ofMillis(Math.max(config.getLong(RETRY_BACKOFF_MAX_MS),
                config.getLong(RETRY_BACKOFF_MS)));
        this.transactionMaxRecords = config.getInt(TRANSACTION_MAX_RECORDS);
        this.changedObjectPolicy = ConfigChoice.fromConfigValue(ChangedObjectPolicy.class,
                config.getString(CHANGED_OBJECT_POLICY));
    }

    static void define(ConfigDef def) {
        int order = 0;
        def.define(RETRY_BACKOFF_MS, Type.LONG, 1_000L, Range.between(10L, 3_600_000L), Importance.LOW,
                        "How long a source partition waits before it is read again after a storage failure that "
                                + "may heal (a timeout, throttling, a server error, a reset connection). The wait "
                                + "doubles with each failure in a row, up to " + RETRY_BACKOFF_MAX_MS + ". Such "
                                + "failures never stop the task; the other source partitions go on meanwhile.",
                        GROUP, ++order, Width.SHORT, "Retry backoff (ms)")
                .define(RETRY_BACKOFF_MAX_MS, Type.LONG, 60_000L, Range.between(10L, 86_400_000L), Importance.LOW,
                        "The longest wait between two attempts after storage failures.",
                        GROUP, ++order, Width.SHORT, "Longest retry backoff (ms)")
                .define(TRANSACTION_MAX_RECORDS, Type.INT, 100_000, Range.atLeast(1), Importance.LOW,
                        "Used only when the workers run with exactly.once.source.support=enabled and this connector "
                                + "has transaction.boundary=connector: a transaction then ends after the last record "
                                + "of each object, so that read_committed consumers see an object's records all at "
                                + "once, and also after this many records of a large object, so that no transaction "
                                + "outgrows the producer's transaction.timeout.ms. A transaction also ends whenever "
                                + "the task has nothing more to read for the moment.",
                        GROUP, ++order, Width.SHORT, "Most records in a transaction")
                .define(CHANGED_OBJECT_POLICY, Type.STRING, ChangedObjectPolicy.REREAD.configValue(),
                        Validators.oneOf(ConfigChoice.configValues(ChangedObjectPolicy.class)), Importance.MEDIUM,
                        "What becomes of an object that is written again (its ETag changes) after some of its "
                                + "records were read, while it is read or before a restart resumed it: 'reread' "
                                + "reads the new version from its start; 'skip' leaves the new version unread. "
                                + "Either way a warning names the object and how many records of the old version "
                                + "were read, and the records of the two versions are never mixed: what was read of "
                                + "the old version is not read again, and no record of the new version is taken "
                                + "for the rest of the old one.",
                        GROUP, ++order, Width.SHORT, "Changed objects");
    }

    public Duration initialBackoff() {
        return initialBackoff;
    }

    public Duration maxBackoff() {
        return maxBackoff;
    }

    public ChangedObjectPolicy changedObjectPolicy() {
        return changedObjectPolicy;
    }

    public int transactionMaxRecords() {
        return transactionMaxRecords;
    }
}
