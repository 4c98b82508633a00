package io.cloudstorage.connect.source.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.source.testing.TestConfigs;
import io.cloudstorage.connect.spi.plugin.ConfigIssue;

class CloudStorageSourceConfigTest {

    @Test
    void readsEveryKeyIntoTypedValues() throws Exception {
        Map<String, String> props = TestConfigs.connector("bucket", "a/, b/");
        props.putAll(Map.of("prefix.discovery.depth", "2", "prefix.delimiter", "|", "object.key.regex", ".*\\.log",
                "poll.interval.ms", "250", "record.key", "RECORD.NUMBER", "record.headers.enabled", "false",
                "batch.max.records", "10", "retry.backoff.ms", "20", "retry.backoff.max.ms", "400"));
        props.put("batch.max.bytes", "4096");

        CloudStorageSourceConfig config = new CloudStorageSourceConfig(props);

        assertThat(config.storage().type()).isEqualTo("memory");
        assertThat(config.storage().bucket()).isEqualTo("bucket");
        assertThat(config.listing().prefixes()).containsExactly("a/", "b/");
        assertThat(config.listing().discoveryDepth()).isEqualTo(2);
        assertThat(config.listing().delimiter()).isEqualTo("|");
        assertThat(config.listing().pollInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(config.record().topic()).hasToString("records");
        assertThat(config.record().formatName()).isEqualTo("lines");
        assertThat(config.metadata().keys().key(Map.of("object.key", "k"), 7, "value"))
                .isEqualTo(new SchemaAndValue(Schema.INT64_SCHEMA, 7L));
        assertThat(config.metadata().headersEnabled()).isFalse();
        assertThat(config.record().batchMaxRecords()).isEqualTo(10);
        assertThat(config.record().batchMaxBytes()).isEqualTo(4096);
        assertThat(config.reliability().initialBackoff()).isEqualTo(Duration.ofMillis(20));
        assertThat(config.reliability().maxBackoff()).isEqualTo(Duration.ofMillis(400));
    }

    @Test
    void hasDefaultsForAllButBucketAndTopic() throws Exception {
        CloudStorageSourceConfig config = new CloudStorageSourceConfig(
                Map.of("storage.type", "memory", "bucket", "b", "topic", "t"));

        assertThat(config.listing().prefixWhitelist()).isEmpty();
        assertThat(config.listing().prefixes()).containsExactly("");
        assertThat(config.listing().discoveryDepth()).isZero();
        assertThat(config.listing().delimiter()).isEqualTo("/");
        assertThat(config.record().formatName()).isEqualTo("lines");
        assertThat(config.metadata().keys().key(Map.of("object.key", "logs/a.txt"), 7, "value"))
                .isEqualTo(new SchemaAndValue(Schema.STRING_SCHEMA, "logs/a.txt"));
        assertThat(config.metadata().headersEnabled()).isTrue();
        assertThat(config.record().compression()).isInstanceOf(Compression.Detected.class);
        assertThat(config.errors().policy()).isEqualTo(BadDataPolicy.FAIL);
        assertThat(config.record().batchMaxRecords()).isEqualTo(2_000);
        assertThat(config.record().batchMaxBytes()).isEqualTo(128 * 1024);
    }

    @Test
    void requiresTheBucketAndTheTopic() {
        assertThatThrownBy(() -> new CloudStorageSourceConfig(Map.of("storage.type", "memory", "topic", "t")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("bucket");
        assertThatThrownBy(() -> new CloudStorageSourceConfig(Map.of("storage.type", "memory", "bucket", "b")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("topic");
    }

    @Test
    void selectsOnlyObjectsMatchingTheKeyFilterAndNeverFolderMarkers() {
        Map<String, String> props = TestConfigs.connector("b", "");
        props.put("object.key.regex", ".*\\.log");
        ListingConfig listing = new CloudStorageSourceConfig(props).listing();

        assertThat(listing.selects("a/b.log", 10)).isTrue();
        assertThat(listing.selects("a/b.log.tmp", 10)).as("the whole key must match").isFalse();
        assertThat(listing.selects("a/", 0)).isFalse();
        assertThat(new CloudStorageSourceConfig(TestConfigs.connector("b", "")).listing().selects("a/", 0))
                .isFalse();
    }

    @Test
    void reportsEachWrongValueAgainstItsKeyWithAClearMessage() {
        Map<String, String> props = TestConfigs.connector("b", "logs/,logs/app/");
        props.putAll(Map.of("topic", "bad topic!", "object.key.regex", "([unclosed", "format", "xml",
                "storage.type", "memory", "prefix.discovery.depth", "11", "record.key", "random"));

        Map<String, ConfigValue> values = validate(props);

        assertThat(values.get("prefix.whitelist").errorMessages()).singleElement().asString()
                .contains("'logs/' overlaps 'logs/app/'");
        assertThat(values.get("topic").errorMessages()).singleElement().asString().contains("A topic name is");
        assertThat(values.get("object.key.regex").errorMessages()).singleElement().asString()
                .contains("Not a valid regular expression");
        assertThat(values.get("format").errorMessages()).singleElement().asString().contains("lines");
        assertThat(values.get("prefix.discovery.depth").errorMessages()).hasSize(1);
        assertThat(values.get("record.key").errorMessages()).hasSize(1);
        assertThat(values.get("bucket").errorMessages()).isEmpty();
    }

    @Test
    void rejectsRepeatedAndEmptyPrefixes() {
        assertThat(validate(TestConfigs.connector("b", "a/,a/")).get("prefix.whitelist").errorMessages())
                .singleElement().asString().contains("listed twice");
        assertThat(validate(TestConfigs.connector("b", "a/,,b/")).get("prefix.whitelist").errorMessages())
                .singleElement().asString().contains("empty entry");
    }

    @Test
    void showsTheKeysOfAPluginOnlyWhenItIsSelected() {
        Map<String, ConfigValue> memory = validate(TestConfigs.connector("b", ""));
        Map<String, String> bytes = TestConfigs.connector("b", "");
        bytes.put("format", "bytes");
        Map<String, ConfigValue> bytesValues = validate(bytes);

        assertThat(memory.get("memory.access.key").visible()).isTrue();
        assertThat(memory.get("lines.max.bytes").visible()).isTrue();
        assertThat(memory.get("bytes.max.bytes").visible()).isFalse();
        assertThat(bytesValues.get("bytes.max.bytes").visible()).isTrue();
        assertThat(bytesValues.get("lines.max.bytes").visible()).isFalse();
        assertThat(memory.get("storage.type").recommendedValues()).contains("memory");
        assertThat(memory.get("format").recommendedValues()).contains("lines", "bytes");
    }

    @Test
    void everyKeyIsDocumentedInAGroupWithADisplayName() {
        ConfigDef def = CloudStorageSourceConfig.configDef();

        assertThat(def.configKeys().values()).allSatisfy(key -> {
            assertThat(key.documentation).as(key.name).isNotBlank();
            assertThat(key.group).as(key.name).isNotBlank();
            assertThat(key.orderInGroup).as(key.name).isPositive();
            assertThat(key.displayName).as(key.name).isNotBlank();
        });
        assertThat(def.groups()).startsWith("Storage", "Source", "Record", "Record key, timestamp and headers",
                "Errors", "Reliability", "After read");
    }

    @Test
    void pluginRulesThatSpanKeysFailTheConfigurationNamingTheKey() {
        Map<String, String> props = TestConfigs.connector("b", "");
        props.put("memory.access.key", "only-half");

        assertThat(CloudStorageSourceConfig.issues(props)).singleElement()
                .satisfies(issue -> assertThat(issue.key()).isEqualTo("memory.secret.key"));
        assertThatThrownBy(() -> new CloudStorageSourceConfig(props)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("memory.secret.key");
    }

    @Test
    void taskConfigurationsCarryOnlyTheirPrefixesEvenWithCommas() {
        CloudStorageSourceConfig connector = new CloudStorageSourceConfig(TestConfigs.connector("b", "a/,b/,c/"));

        SourceTaskConfig task = new SourceTaskConfig(SourceTaskConfig.forTask(connector, 0, List.of("a/x,y/", "c/")));

        assertThat(task.taskPrefixes()).containsExactly("a/x,y/", "c/");
        assertThat(task.listing().prefixWhitelist()).containsExactly("a/", "c/");
    }

    @Test
    void aTaskOfTheWholeBucketReadsTheEmptyPrefix() {
        CloudStorageSourceConfig connector = new CloudStorageSourceConfig(TestConfigs.connector("b", ""));

        assertThat(new SourceTaskConfig(SourceTaskConfig.forTask(connector, 0, List.of(""))).taskPrefixes())
                .containsExactly("");
    }

    @Test
    void keysThatDependOnEachOtherAreReportedAgainstTheKeyToChange() {
        assertThat(issueKeys(Map.of("errors.policy", "dlq"))).containsExactly("errors.dlq.topic.name");
        assertThat(issueKeys(Map.of("record.key", "field"))).containsExactly("record.key.field");
        assertThat(issueKeys(Map.of("record.key", "field", "record.key.field", "a..b")))
                .containsExactly("record.key.field");
        assertThat(issueKeys(Map.of("record.key", "template"))).containsExactly("record.key.template");
        assertThat(issueKeys(Map.of("record.key", "template", "record.key.template", "${service}")))
                .containsExactly("record.key.template");
        assertThat(issueKeys(Map.of("record.timestamp", "field"))).containsExactly("record.timestamp.field");
        assertThat(issueKeys(Map.of("topic", "logs.${service}"))).containsExactly("topic");
        assertThat(issueKeys(Map.of("topic", "logs.${service}", "object.key.regex", "logs/(?<service>[^/]+)/.*",
                "record.key", "template", "record.key.template", "${service}-${record.number}"))).isEmpty();
        assertThatThrownBy(() -> new CloudStorageSourceConfig(with(Map.of("errors.policy", "dlq"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("errors.dlq.topic.name");
    }

    @Test
    void afterReadActionsAreCheckedAgainstTheStorageAndThePrefixesRead() {
        assertThat(CloudStorageSourceConfig.issues(with(Map.of("after.read", "tag")))).singleElement()
                .satisfies(issue -> assertThat(issue.message()).contains("'memory' cannot tag")
                        .contains("none, delete, move"));
        assertThat(issueKeys(Map.of("after.read", "move", "prefix.whitelist", "in/", "after.read.move.prefix",
                "in/done/"))).containsExactly("after.read.move.prefix");
        assertThat(issueKeys(Map.of("after.read", "move", "prefix.whitelist", "in/a/", "after.read.move.prefix",
                "in/"))).containsExactly("after.read.move.prefix");
        assertThat(issueKeys(Map.of("after.read", "move", "after.read.move.prefix", "done/")))
                .as("the whole bucket is read").containsExactly("after.read.move.prefix");
        assertThat(issueKeys(Map.of("after.read", "move", "prefix.whitelist", "in/", "after.read.move.prefix",
                "done/"))).isEmpty();
        assertThat(issueKeys(Map.of("after.read", "move", "after.read.move.bucket", "archive"))).isEmpty();
    }

    @Test
    void aTopicTemplateMayHoldOnlyLegalCharactersBetweenItsPlaceholders() {
        assertThat(validate(with(Map.of("topic", "logs/${service}"))).get("topic").errorMessages())
                .singleElement().asString().contains("1 to 249 characters");
        assertThat(validate(with(Map.of("topic", "logs-${service"))).get("topic").errorMessages())
                .singleElement().asString().contains("not closed");
    }

    @Test
    void theNamedGroupsOfTheKeyRegexAreFoundPastEscapesClassesAndLookbehinds() {
        assertThat(ListingConfig.namedGroups("(?<a>x)\\(?<notAGroup>[(?<nor>]](?<=y)(?<b_2>z)"))
                .containsExactly("a", "b_2");
    }

    private static List<String> issueKeys(Map<String, String> overrides) {
        return CloudStorageSourceConfig.issues(with(overrides)).stream().map(ConfigIssue::key).toList();
    }

    private static Map<String, String> with(Map<String, String> overrides) {
        Map<String, String> props = TestConfigs.connector("b", "");
        props.putAll(overrides);
        return props;
    }

    private static Map<String, ConfigValue> validate(Map<String, String> props) {
        return CloudStorageSourceConfig.configDef().validate(props).stream()
                .collect(Collectors.toMap(ConfigValue::name, Function.identity()));
    }
}
