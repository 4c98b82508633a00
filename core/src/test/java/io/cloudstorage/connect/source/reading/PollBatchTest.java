package io.cloudstorage.connect.source.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

class PollBatchTest {

    @Test
    void isFullAtTheMostRecords() {
        PollBatch batch = new PollBatch(2, Long.MAX_VALUE);

        batch.add(record(null, "a"));
        assertThat(batch.isFull()).isFalse();
        assertThat(batch.recordsLeft()).isEqualTo(1);
        batch.add(record(null, "b"));

        assertThat(batch.isFull()).isTrue();
        assertThat(batch.recordsLeft()).isZero();
        assertThat(batch.records()).extracting(SourceRecord::value).containsExactly("a", "b");
    }

    @Test
    void isFullOnceTheKeysAndValuesReachTheMostBytes() {
        PollBatch batch = new PollBatch(100, 10);

        batch.add(record("key", "12345"));
        assertThat(batch.isFull()).isFalse();
        batch.add(record("k", "1"));

        assertThat(batch.isFull()).isTrue();
        assertThat(batch.recordsLeft()).isEqualTo(98);
    }

    @Test
    void startsEmpty() {
        PollBatch batch = new PollBatch(1, 1);

        assertThat(batch.isEmpty()).isTrue();
        assertThat(batch.isFull()).isFalse();
    }

    private static SourceRecord record(String key, String value) {
        return new SourceRecord(Map.of(), Map.of(), "topic", null, Schema.OPTIONAL_STRING_SCHEMA, key,
                Schema.STRING_SCHEMA, value);
    }
}
