package io.cloudstorage.connect.benchmarks.endtoend.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyValueTest {

    @Test
    void splitsAtTheFirstEqualsSignAndKeepsThePartsAsWritten() {
        assertThat(KeyValue.parse("topic.suffix = a=b")).contains(new KeyValue("topic.suffix ", " a=b"));
        assertThat(KeyValue.parse("k=")).contains(new KeyValue("k", ""));
    }

    @Test
    void withoutAnEqualsSignOrAKeyThereIsNone() {
        assertThat(KeyValue.parse("acks")).isEmpty();
        assertThat(KeyValue.parse("=4")).isEmpty();
    }
}
