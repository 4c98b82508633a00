package io.cloudstorage.connect.source.afterread;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.spi.storage.StorageObject;

class ObjectCompletionsTest {

    private final List<StorageObject> done = new ArrayList<>();
    private final ObjectCompletions completions = new ObjectCompletions(done::add);
    private final StorageObject a = object("a");
    private final StorageObject b = object("b");

    @Test
    void anObjectIsDoneOnceReadToItsEndAndEveryRecordWasAcknowledgedInAnyOrder() {
        SourceRecord a1 = produced(a);
        SourceRecord a2 = produced(a);
        completions.readToEnd(a);

        completions.acknowledged(a2);
        assertThat(done).isEmpty();
        completions.acknowledged(a1);

        assertThat(done).containsExactly(a);
    }

    @Test
    void anObjectWhoseRecordsWereAcknowledgedBeforeItsEndIsDoneAtItsEnd() {
        completions.acknowledged(produced(a));
        assertThat(done).isEmpty();

        completions.readToEnd(a);

        assertThat(done).containsExactly(a);
    }

    @Test
    void anObjectWithoutRecordsIsDoneWhenReadToItsEnd() {
        completions.readToEnd(a);

        assertThat(done).containsExactly(a);
    }

    @Test
    void anAbandonedObjectIsNeverDone() {
        SourceRecord a1 = produced(a);
        completions.abandoned(a);
        completions.acknowledged(a1);

        assertThat(done).isEmpty();
    }

    @Test
    void objectsAreTrackedApartAndRecordsOnlyCountOnce() {
        SourceRecord a1 = produced(a);
        SourceRecord b1 = produced(b);
        completions.readToEnd(a);
        completions.readToEnd(b);

        completions.acknowledged(b1);
        completions.acknowledged(b1);

        assertThat(done).containsExactly(b);
        completions.acknowledged(a1);
        assertThat(done).containsExactly(b, a);
    }

    private SourceRecord produced(StorageObject object) {
        SourceRecord record = new SourceRecord(Map.of(), Map.of(), "topic", null, object.key());
        completions.produced(record, object);
        return record;
    }

    private static StorageObject object(String key) {
        return new StorageObject(key, 1, "e", Instant.EPOCH);
    }
}
