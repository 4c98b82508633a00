package io.cloudstorage.connect.source.reading;

import static io.cloudstorage.connect.source.reading.ReadingHarness.values;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.source.offset.OffsetCodec;
import io.cloudstorage.connect.source.offset.SourcePartition;
import io.cloudstorage.connect.source.testing.FakeOffsetStore;
import io.cloudstorage.connect.source.testing.InMemoryBucket;
import io.cloudstorage.connect.source.testing.TestConfigs;

class ArrivalOrderTest {

    private static final Map<String, Object> PARTITION = OffsetCodec.toMap(new SourcePartition("arrival", "a/"));

    private final FakeOffsetStore offsets = new FakeOffsetStore();
    private InMemoryBucket bucket;
    private Map<String, String> props;
    private ReadingHarness harness;

    @BeforeEach
    void createBucket() {
        bucket = InMemoryBucket.create("arrival");
        props = TestConfigs.connector("arrival", "a/");
        props.put("ordering", "arrival");
        props.put("ordering.lateness.ms", "600000");
        harness = new ReadingHarness(props, offsets);
    }

    @Test
    void objectsAreReadInOrderOfLastModifiedTimeWhateverTheirKeys() throws Exception {
        put("a/3.txt", "third", ago(Duration.ofMinutes(30)));
        put("a/1.txt", "second", ago(Duration.ofMinutes(40)));
        put("a/2.txt", "first", ago(Duration.ofMinutes(50)));

        assertThat(values(harness.pollUntilIdle())).containsExactly("first", "second", "third");
    }

    @Test
    void anObjectThatAppearsLateWithAnEarlierKeyIsReadOnce() throws Exception {
        put("a/2024-05.txt", "may", ago(Duration.ofMinutes(1)));
        assertThat(values(harness.pollUntilIdle())).containsExactly("may");

        put("a/2024-04.txt", "april", harness.clock.instant().minus(Duration.ofMinutes(5)));

        assertThat(values(harness.pollUntilIdle())).containsExactly("april");
        assertThat(harness.pollUntilIdle()).isEmpty();
    }

    @Test
    void aRestartedReaderReadsNothingAgainAndStillFindsLateObjects() throws Exception {
        put("a/b.txt", "b", ago(Duration.ofMinutes(2)));
        put("a/c.txt", "c", ago(Duration.ofMinutes(1)));
        harness.pollUntilIdle();

        ReadingHarness restarted = new ReadingHarness(props, offsets);
        put("a/a.txt", "late", restarted.clock.instant().minus(Duration.ofMinutes(3)));

        assertThat(values(restarted.pollUntilIdle())).containsExactly("late");
    }

    @Test
    void aReaderRestartedInsideAnObjectGoesOnAfterItsLastRecord() throws Exception {
        props.put("batch.max.records", "2");
        harness = new ReadingHarness(props, offsets);
        put("a/x.txt", "1\n2\n3\n4\n5", ago(Duration.ofMinutes(1)));
        assertThat(values(harness.pollOnce())).containsExactly("1", "2");

        ReadingHarness restarted = new ReadingHarness(props, offsets);

        assertThat(values(restarted.pollUntilIdle())).containsExactly("3", "4", "5");
    }

    @Test
    void aKeyWrittenAgainIsReadAgainAsItsNewVersion() throws Exception {
        put("a/state.txt", "old", ago(Duration.ofMinutes(2)));
        assertThat(values(harness.pollUntilIdle())).containsExactly("old");

        put("a/state.txt", "new", harness.clock.instant());

        assertThat(values(harness.pollUntilIdle())).containsExactly("new");
    }

    @Test
    void anObjectThatAppearsLaterThanTheLatenessAfterItsLastModifiedTimeIsNotRead() throws Exception {
        put("a/on-time.txt", "on time", ago(Duration.ofMinutes(1)));
        harness.pollUntilIdle();

        put("a/too-late.txt", "too late", harness.clock.instant().minus(Duration.ofMinutes(11)));

        assertThat(harness.pollUntilIdle()).isEmpty();
    }

    @Test
    void theOffsetRemembersOnlyTheObjectsReadWithinTheLateness() throws Exception {
        for (int i = 0; i < 20; i++) {
            put("a/old-" + i + ".txt", "old " + i, ago(Duration.ofHours(2).minusMinutes(i)));
        }
        put("a/recent.txt", "recent", ago(Duration.ofMinutes(1)));
        assertThat(harness.pollUntilIdle()).hasSize(21);

        put("a/next.txt", "next", harness.clock.instant());
        harness.pollUntilIdle();

        assertThat(((String) offsets.offset(PARTITION).get("done")).split(",")).hasSize(2);
    }

    @Test
    void offsetsWrittenInKeyOrderCannotBeReadInArrivalOrder() throws Exception {
        props.put("ordering", "lexical");
        put("a/1.txt", "1", ago(Duration.ofMinutes(1)));
        new ReadingHarness(props, offsets).pollUntilIdle();
        props.put("ordering", "arrival");

        assertThatThrownBy(() -> new ReadingHarness(props, offsets)).isInstanceOf(ConnectException.class)
                .hasMessageContaining("arrival/a/").hasMessageContaining("lexical order")
                .hasMessageContaining("DELETE /connectors/<name>/offsets");
    }

    private Instant ago(Duration duration) {
        return harness.clock.instant().minus(duration);
    }

    private void put(String key, String content, Instant lastModified) {
        bucket.put(key, content.getBytes(UTF_8), lastModified);
    }
}
