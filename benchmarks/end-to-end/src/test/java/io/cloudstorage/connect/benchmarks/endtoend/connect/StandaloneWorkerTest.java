package io.cloudstorage.connect.benchmarks.endtoend.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.benchmarks.endtoend.ingest.ProducerSettings;

class StandaloneWorkerTest {

    @Test
    void theWorkersProducerGetsEverySettingOfTheCeilingsProducerExplicitly() {
        ProducerSettings settings = ProducerSettings.usual().with(Map.of("buffer.memory", "4194304"));
        Map<String, String> worker = StandaloneWorker.workerSettings(Path.of("/plugins"), "kafka:9092", settings,
                Path.of("/run/offsets"), 8083);

        settings.producer().forEach((key, value) -> assertThat(worker).containsEntry("producer." + key, value));
        assertThat(worker).containsEntry("producer.buffer.memory", "4194304");
        assertThat(settings.producer()).containsKeys("acks", "linger.ms", "batch.size", "compression.type",
                "enable.idempotence", "max.in.flight.requests.per.connection");
    }

    @Test
    void theWorkerFindsConnectorsOnlyInItsPluginPathAndListensOnLoopback() {
        Map<String, String> worker = StandaloneWorker.workerSettings(Path.of("/plugins"), "kafka:9092",
                ProducerSettings.usual(), Path.of("/run/offsets"), 8083);

        assertThat(worker).containsEntry("plugin.path", "/plugins")
                .containsEntry("listeners", "http://127.0.0.1:8083")
                .containsEntry("offset.storage.file.filename", "/run/offsets")
                .containsEntry("bootstrap.servers", "kafka:9092");
    }
}
