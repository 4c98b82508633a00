package io.cloudstorage.connect.benchmarks.endtoend.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.benchmarks.endtoend.data.DataSet;
import io.cloudstorage.connect.benchmarks.endtoend.data.DataSets;
import io.cloudstorage.connect.benchmarks.endtoend.data.Scale;
import io.cloudstorage.connect.benchmarks.endtoend.report.Contender;
import io.cloudstorage.connect.benchmarks.endtoend.ingest.ProducerSettings;
import io.cloudstorage.connect.benchmarks.endtoend.report.Role;

class ConnectorIngesterTest {

    private final ConnectorIngester fileStream = new ConnectorIngester(
            new FileStreamSourcePeer(Path.of("/peers/file-stream-source"), Path.of("/data/bucket")), null, "kafka",
            ProducerSettings.usual());

    @Test
    void fileStreamSourceReadsOnePlainFileAConnectorSoOnlyDataSetsOfOneFilePerPrefix() {
        assertThat(fileStream.unsupported(DataSets.named("json-1k", Scale.SHORT, 1))).isEmpty();
        assertThat(fileStream.unsupported(DataSets.named("large-object", Scale.SHORT, 1))).isEmpty();
        assertThat(fileStream.unsupported(DataSets.named("json-1k-gz", Scale.SHORT, 1))).contains(
                "reads plain text only, not gzip");
        assertThat(fileStream.unsupported(DataSets.named("small-objects", Scale.SHORT, 1))).hasValueSatisfying(
                reason -> assertThat(reason).contains("2,000 files"));
    }

    @Test
    void aConnectorThatCannotBeToldWhereToStartCannotMeasureTheResumeCost() {
        ConnectorUnderTest readsAnything = new ConnectorUnderTest() {
            @Override
            public Contender contender() {
                return new Contender("any", "any", Role.PEER, "local");
            }

            @Override
            public Path pluginPath() {
                return Path.of("/peers/any");
            }

            @Override
            public Optional<String> unsupported(DataSet dataSet) {
                return Optional.empty();
            }

            @Override
            public List<ConnectorConfig> configs(DataSet dataSet, String topic) {
                return List.of();
            }
        };
        ConnectorIngester ingester = new ConnectorIngester(readsAnything, null, "kafka", ProducerSettings.usual());

        assertThat(ingester.unsupported(DataSets.named("resume", Scale.SHORT, 1)))
                .contains("cannot be told to start after given objects");
        assertThat(ingester.unsupported(DataSets.named("small-objects", Scale.SHORT, 1))).isEmpty();
    }

    @Test
    void fileStreamSourceGetsAConnectorPerFileNamingTheFileUnderTheBucketFolder() {
        FileStreamSourcePeer peer = new FileStreamSourcePeer(Path.of("/peers/x"), Path.of("/data/bucket"));

        assertThat(peer.configs(DataSets.named("json-1k", Scale.SHORT, 1), "topic"))
                .extracting(config -> config.settings().get("file"))
                .containsExactly("/data/bucket/json-1k/p0/part-0000000.jsonl",
                        "/data/bucket/json-1k/p1/part-0000000.jsonl");
    }
}
