package io.cloudstorage.connect.benchmarks.endtoend.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProducerSettingsTest {

    @Test
    void anOverrideReplacesAUsualSettingInItsPlaceAndANewOneComesLast() {
        ProducerSettings settings = ProducerSettings.usual().with(Map.of("buffer.memory", "4194304"))
                .with(Map.of("max.request.size", "2097152"));

        assertThat(settings.producer()).containsEntry("buffer.memory", "4194304").containsEntry("acks", "all");
        assertThat(settings.producer().keySet()).startsWith("acks").endsWith("buffer.memory", "max.request.size");
        assertThat(ProducerSettings.usual().producer()).containsEntry("buffer.memory", "33554432");
    }

    @Test
    void theSettingsPassToAnotherJvmAsArgumentsAndComeBackTheSame() {
        ProducerSettings settings = ProducerSettings.usual().with(Map.of("client.id", "a=b"));

        assertThat(ProducerSettings.fromArguments(settings.asArguments()).producer())
                .containsExactlyEntriesOf(settings.producer());
        assertThatThrownBy(() -> ProducerSettings.fromArguments(List.of("acks")))
                .hasMessage("A producer setting is KEY=VALUE, not 'acks'");
    }

    @Test
    void aWorkerGetsEverySettingWithTheProducerPrefix() {
        assertThat(ProducerSettings.usual().worker()).containsEntry("producer.acks", "all")
                .hasSameSizeAs(ProducerSettings.usual().producer());
    }
}
