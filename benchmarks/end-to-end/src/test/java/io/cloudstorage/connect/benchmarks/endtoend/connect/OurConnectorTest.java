package io.cloudstorage.connect.benchmarks.endtoend.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.benchmarks.endtoend.data.DataSet;
import io.cloudstorage.connect.benchmarks.endtoend.data.DataSets;
import io.cloudstorage.connect.benchmarks.endtoend.data.Scale;
import io.cloudstorage.connect.benchmarks.endtoend.storage.S3Location;

class OurConnectorTest {

    private final OurConnector onS3 = OurConnector.onS3(Path.of("/plugins"),
            new S3Location(URI.create("http://127.0.0.1:9000"), "us-east-1", "key", "secret", "bucket"), Map.of());

    @Test
    void oneTaskPerPrefixWritesEachLineAsAValueWithoutKeyOrHeaders() {
        DataSet dataSet = DataSets.named("json-1k", Scale.SHORT, 1);

        ConnectorConfig config = onS3.configs(dataSet, "topic").get(0);

        assertThat(config.name()).isEqualTo("ours-s3");
        assertThat(config.settings()).containsEntry("name", "ours-s3")
                .containsEntry("connector.class", "CloudStorageSourceConnector")
                .containsEntry("tasks.max", "2")
                .containsEntry("prefix.whitelist", "json-1k/p0/,json-1k/p1/")
                .containsEntry("format", "lines")
                .containsEntry("record.key", "none")
                .containsEntry("record.headers.enabled", "false")
                .containsEntry("storage.type", "s3")
                .containsEntry("s3.endpoint", "http://127.0.0.1:9000")
                .containsEntry("bucket", "bucket");
    }

    @Test
    void onLocalFilesTheRootHoldsTheBucketFolder() {
        OurConnector onLocal = OurConnector.onLocal(Path.of("/plugins"), Path.of("/data/buckets"), "bucket",
                Map.of());

        assertThat(onLocal.configs(DataSets.named("large-object", Scale.SHORT, 1), "t").get(0).settings())
                .containsEntry("storage.type", "local").containsEntry("local.root", "/data/buckets")
                .containsEntry("bucket", "bucket").containsEntry("tasks.max", "1");
        assertThat(onLocal.contender().storage()).isEqualTo("local");
    }

    @Test
    void aRunSSettingsComeLastOverTheOnesItRunsWith() {
        OurConnector onLocal = OurConnector.onLocal(Path.of("/plugins"), Path.of("/data/buckets"), "bucket",
                Map.of("read.ahead.ranges", "4", "record.headers.enabled", "true"));

        assertThat(onLocal.configs(DataSets.named("json-1k", Scale.SHORT, 1), "t").get(0).settings())
                .containsEntry("read.ahead.ranges", "4").containsEntry("record.headers.enabled", "true")
                .containsEntry("format", "lines");
    }

    @Test
    void theResumeDataSetStartsAfterItsLastFinishedKeyWithTheDocumentedOffset() {
        DataSet resume = DataSets.named("resume", Scale.SHORT, 1);

        List<Map<String, Object>> offsets = onS3.offsetsAfterAlreadyRead(resume).orElseThrow();

        assertThat(offsets).containsExactly(Map.of(
                "partition", Map.of("bucket", "bucket", "prefix", "resume/"),
                "offset", Map.of("v", 1, "key", "resume/done-0001999.jsonl", "etag", "", "records", 0, "seek", 0,
                        "skip", 0, "complete", true)));
        assertThat(onS3.offsetsAfterAlreadyRead(DataSets.named("json-1k", Scale.SHORT, 1))).isEmpty();
    }
}
