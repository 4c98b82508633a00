package io.cloudstorage.connect.benchmarks.endtoend.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ConnectorConfigTest {

    @Test
    void anotherNameIsTheNameOfTheConfigAndOfItsNameSettingWithTheOtherSettingsKept() {
        ConnectorConfig config = new ConnectorConfig("ours-s3", Map.of("name", "ours-s3", "topic", "t"));

        ConnectorConfig renamed = config.named("warm-up-ours-s3");

        assertThat(renamed.name()).isEqualTo("warm-up-ours-s3");
        assertThat(renamed.settings()).containsOnly(entry("name", "warm-up-ours-s3"), entry("topic", "t"));
        assertThat(config.settings()).containsEntry("name", "ours-s3");
    }
}
