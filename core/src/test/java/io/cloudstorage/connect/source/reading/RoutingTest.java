package io.cloudstorage.connect.source.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.source.testing.FakeOffsetStore;
import io.cloudstorage.connect.source.testing.InMemoryBucket;
import io.cloudstorage.connect.source.testing.TestConfigs;

/** Where records go and what they carry: topics from key templates, keys and timestamps from fields. */
class RoutingTest {

    private InMemoryBucket bucket;
    private Map<String, String> props;

    @BeforeEach
    void createBucket() {
        bucket = InMemoryBucket.create("routing");
        props = TestConfigs.connector("routing", "logs/");
    }

    @Test
    void theTopicTemplateIsFilledFromTheNamedGroupsOfTheKeyRegex() throws Exception {
        props.put("object.key.regex", "logs/(?<service>[^/]+)/.*");
        props.put("topic", "logs.${service}");
        bucket.put("logs/web/1.log", "w\n");
        bucket.put("logs/billing/1.log", "b\n");
        bucket.put("logs/README", "not matching the regex\n");

        List<SourceRecord> records = harness().pollUntilIdle();

        assertThat(records).extracting(record -> record.topic() + ":" + record.value())
                .containsExactly("logs.billing:b", "logs.web:w");
    }

    @Test
    void anObjectWhoseTopicWouldNotBeLegalIsBadDataAsAWhole() {
        props.put("object.key.regex", "logs/(?<service>[^/]+)/.*");
        props.put("topic", "logs.${service}");
        bucket.put("logs/we b/1.log", "w\n");

        assertThatThrownBy(() -> harness().pollUntilIdle()).isInstanceOf(ConnectException.class)
                .hasMessageContaining("memory://routing/logs/we b/1.log")
                .hasMessageContaining("'logs.we b'");
    }

    @Test
    void theKeyCanBeAFieldOfTheValueOrATemplate() throws Exception {
        props.put("format", "fields");
        props.put("record.key", "field");
        props.put("record.key.field", "user");
        bucket.put("logs/1.log", "user=ann,n=1\nuser=null,n=2\n");

        assertThat(harness().pollUntilIdle()).extracting(SourceRecord::key).containsExactly("ann", null);

        props.put("record.key", "template");
        props.put("record.key.template", "${bucket}/${object.key}#${record.number}");

        assertThat(harness().pollUntilIdle()).extracting(SourceRecord::key)
                .containsExactly("routing/logs/1.log#1", "routing/logs/1.log#2");
    }

    @Test
    void theTimestampCanComeFromAFieldInIsoFormAPatternOrEpochMillis() throws Exception {
        props.put("format", "fields");
        props.put("record.timestamp", "field");
        props.put("record.timestamp.field", "at");
        bucket.put("logs/1.log", "at=2026-11-27T10:15:30.250Z\nat=2026-11-27T11:15:30+01:00\nat=1700000000123\n");

        assertThat(harness().pollUntilIdle()).extracting(SourceRecord::timestamp).containsExactly(
                Instant.parse("2026-11-27T10:15:30.250Z").toEpochMilli(),
                Instant.parse("2026-11-27T10:15:30Z").toEpochMilli(), 1700000000123L);

        props.put("record.timestamp.format", "dd/MM/yyyy HH:mm");
        bucket.delete("logs/1.log");
        bucket.put("logs/2.log", "at=27/11/2026 10:15\n");

        assertThat(harness().pollUntilIdle()).extracting(SourceRecord::timestamp)
                .containsExactly(Instant.parse("2026-11-27T10:15:00Z").toEpochMilli());
    }

    @Test
    void anUnreadableTimestampIsBadDataNamingTheFieldAndValue() {
        props.put("format", "fields");
        props.put("record.timestamp", "field");
        props.put("record.timestamp.field", "at");
        bucket.put("logs/1.log", "at=yesterday\n");

        assertThatThrownBy(() -> harness().pollUntilIdle()).isInstanceOf(ConnectException.class)
                .hasMessageContaining("record 1 of memory://routing/logs/1.log")
                .hasMessageContaining("'at' holds 'yesterday'");
    }

    @Test
    void ingestionTimeLeavesTheTimestampToTheProducer() throws Exception {
        props.put("record.timestamp", "ingestion");
        bucket.put("logs/1.log", "x\n");

        assertThat(harness().pollUntilIdle()).extracting(SourceRecord::timestamp).containsOnlyNulls();
    }

    @Test
    void selectedUserMetadataOfTheObjectBecomesHeaders() throws Exception {
        props.put("record.headers.metadata", "Source-System, batch-id");
        bucket.put("logs/1.log", "x\n");
        bucket.putUserMetadata("logs/1.log", Map.of("source-system", "erp", "other", "not copied"));

        SourceRecord record = harness().pollUntilIdle().get(0);

        assertThat(record.headers().lastWithName("storage.metadata.source-system").value()).isEqualTo("erp");
        assertThat(record.headers().lastWithName("storage.metadata.batch-id")).isNull();
        assertThat(record.headers().lastWithName("storage.metadata.other")).isNull();
    }

    private ReadingHarness harness() {
        return new ReadingHarness(props, new FakeOffsetStore());
    }
}
