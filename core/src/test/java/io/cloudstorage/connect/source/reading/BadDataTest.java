package io.cloudstorage.connect.source.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.source.testing.FakeOffsetStore;
import io.cloudstorage.connect.source.testing.Gzip;
import io.cloudstorage.connect.source.testing.InMemoryBucket;
import io.cloudstorage.connect.source.testing.TestConfigs;

/** What errors.policy makes of bad records and of objects that cannot be read on. */
class BadDataTest {

    private InMemoryBucket bucket;
    private Map<String, String> props;

    @BeforeEach
    void createBucket() {
        bucket = InMemoryBucket.create("bad");
        props = TestConfigs.connector("bad", "a/");
        props.put("lines.max.bytes", "5");
    }

    @Test
    void failStopsTheTaskNamingTheRecordAndHowToStepOverIt() {
        bucket.put("a/1.txt", "ok\ntoo long\n");

        assertThatThrownBy(() -> harness().pollUntilIdle()).isInstanceOf(ConnectException.class)
                .hasMessageContaining("record 2 of memory://bad/a/1.txt")
                .hasMessageContaining("lines.max.bytes=5")
                .hasMessageContaining("errors.policy=skip");
    }

    @Test
    void skipLeavesBadRecordsOutCountsThemAndGoesOn() throws Exception {
        props.put("errors.policy", "skip");
        bucket.put("a/1.txt", "one\ntoo long\ntwo\nlonger still\n");
        bucket.put("a/2.txt", "three\n");
        ReadingHarness harness = harness();

        List<SourceRecord> records = harness.pollUntilIdle();

        assertThat(records).extracting(SourceRecord::value).containsExactly("one", "two", "three");
        assertThat(offset(records.get(1))).containsEntry("records", 3L);
        assertThat(harness.metrics.getRecordsSkipped()).isEqualTo(2);
    }

    @Test
    void aRestartAfterASkippedLastRecordNeitherRepeatsNorLosesRecords() throws Exception {
        props.put("errors.policy", "skip");
        bucket.put("a/1.txt", "one\ntoo long\n");
        bucket.put("a/2.txt", "two\n");
        FakeOffsetStore offsets = new FakeOffsetStore();
        List<SourceRecord> first = new ReadingHarness(props, offsets).pollUntilIdle();
        bucket.put("a/3.txt", "three\n");

        List<SourceRecord> afterRestart = new ReadingHarness(props, offsets).pollUntilIdle();

        assertThat(first).extracting(SourceRecord::value).containsExactly("one", "two");
        assertThat(afterRestart).extracting(SourceRecord::value).containsExactly("three");
    }

    @Test
    void dlqSendsTheRawBytesOfABadRecordWithHeadersAndMovesTheOffsetPastIt() throws Exception {
        props.put("errors.policy", "dlq");
        props.put("errors.dlq.topic.name", "bad-lines");
        bucket.put("a/1.txt", "one\ntoo long\ntwo\n");
        ReadingHarness harness = harness();

        List<SourceRecord> records = harness.pollUntilIdle();

        assertThat(records).extracting(SourceRecord::topic).containsExactly("records", "bad-lines", "records");
        SourceRecord deadLetter = records.get(1);
        assertThat(deadLetter.value()).isEqualTo("too l");
        assertThat(deadLetter.valueSchema()).isEqualTo(Schema.OPTIONAL_STRING_SCHEMA);
        assertThat(deadLetter.key()).isEqualTo("a/1.txt");
        assertThat(headers(deadLetter)).containsEntry("storage.key", "a/1.txt")
                .containsEntry("error.raw.encoding", "utf-8")
                .containsEntry("storage.record.number", 2L)
                .containsEntry("error.class", "io.cloudstorage.connect.spi.format.MalformedRecord")
                .hasEntrySatisfying("error.message", message -> assertThat((String) message)
                        .contains("lines.max.bytes=5"));
        assertThat(offset(deadLetter)).containsEntry("records", 2L).containsEntry("seek", 13L);
        assertThat(harness.metrics.getRecordsDeadLettered()).isEqualTo(1);
    }

    @Test
    void dlqKeepsAtMostTheConfiguredBytesAndTellsTheWholeSize() throws Exception {
        props.put("errors.policy", "dlq");
        props.put("errors.dlq.topic.name", "bad-lines");
        props.put("errors.dlq.max.bytes", "3");
        bucket.put("a/1.txt", "too long\n");

        SourceRecord deadLetter = harness().pollUntilIdle().get(0);

        assertThat(deadLetter.value()).isEqualTo("too");
        assertThat(headers(deadLetter)).containsEntry("error.raw.size", 5L);
    }

    @Test
    void anObjectThatCannotBeReadOnGoesToTheDeadLetterTopicWholeAndIsNotReadAgain() throws Exception {
        props.put("errors.policy", "dlq");
        props.put("errors.dlq.topic.name", "bad-objects");
        props.remove("lines.max.bytes");
        byte[] truncated = Arrays.copyOf(Gzip.of("one\ntwo\n".repeat(20_000)), 2_000);
        bucket.put("a/1.txt.gz", truncated);
        bucket.put("a/2.txt", "after\n");
        FakeOffsetStore offsets = new FakeOffsetStore();
        ReadingHarness harness = new ReadingHarness(props, offsets);

        List<SourceRecord> records = harness.pollUntilIdle();

        SourceRecord deadLetter = records.stream().filter(r -> r.topic().equals("bad-objects")).findFirst()
                .orElseThrow();
        assertThat(Base64.getDecoder().decode((String) deadLetter.value())).isEqualTo(truncated);
        assertThat(headers(deadLetter)).containsEntry("error.raw.encoding", "base64");
        assertThat(headers(deadLetter)).hasEntrySatisfying("error.message",
                message -> assertThat((String) message).contains("gzip data", "truncated"));
        assertThat(offset(deadLetter)).containsEntry("key", "a/1.txt.gz").containsEntry("complete", true)
                .containsEntry("unreadable", true);
        assertThat(records.get(records.size() - 1).value()).isEqualTo("after");
        assertThat(harness.metrics.getObjectsUnreadable()).isEqualTo(1);
        assertThat(new ReadingHarness(props, offsets).pollUntilIdle()).as("after a restart").isEmpty();
    }

    @Test
    void skipMovesOnToTheNextObjectWhenAnObjectCannotBeReadOn() throws Exception {
        props.put("errors.policy", "skip");
        props.remove("lines.max.bytes");
        byte[] compressed = Gzip.of("line\n".repeat(50_000));
        bucket.put("a/1.txt.gz", Arrays.copyOf(compressed, compressed.length / 2));
        bucket.put("a/2.txt", "after\n");

        List<SourceRecord> records = harness().pollUntilIdle();

        assertThat(records.get(records.size() - 1).value()).isEqualTo("after");
        assertThat(records).extracting(SourceRecord::value).containsOnly("line", "after");
    }

    @Test
    void aMissingKeyFieldIsBadDataAndFollowsThePolicy() throws Exception {
        props.put("format", "fields");
        props.put("record.key", "field");
        props.put("record.key.field", "user.id");
        props.put("errors.policy", "dlq");
        props.put("errors.dlq.topic.name", "bad");
        bucket.put("a/1.txt", "user=x\n");

        SourceRecord deadLetter = harness().pollUntilIdle().get(0);

        assertThat(deadLetter.topic()).isEqualTo("bad");
        assertThat(headers(deadLetter)).containsEntry("error.class",
                "io.cloudstorage.connect.source.record.InvalidRecordException");
        assertThat(deadLetter.value()).isEqualTo("{user=x}");
    }

    private ReadingHarness harness() {
        return new ReadingHarness(props, new FakeOffsetStore());
    }

    private static Map<String, Object> offset(SourceRecord record) {
        return new HashMap<>(record.sourceOffset());
    }

    private static Map<String, Object> headers(SourceRecord record) {
        Map<String, Object> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        return headers;
    }
}
