package io.cloudstorage.connect.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class QuickstartArgsTest {

    @Test
    void withoutArgumentsServesSamplesUntilStopped() {
        QuickstartArgs args = QuickstartArgs.parse();

        assertThat(args.bucket()).isEmpty();
        assertThat(args.bounded()).isFalse();
        assertThat(args.help()).isFalse();
    }

    @Test
    void keyValueArgumentsAreConnectorSettingsAndABucketSelectsTheUsersOwn() {
        QuickstartArgs args = QuickstartArgs.parse("bucket=my-bucket", "s3.region=eu-west-1",
                "object.key.regex=.*=.*", "--duration", "30");

        assertThat(args.bucket()).contains("my-bucket");
        assertThat(args.connectorSettings()).isEqualTo(Map.of("bucket", "my-bucket", "s3.region", "eu-west-1",
                "object.key.regex", ".*=.*"));
        assertThat(args.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(args.bounded()).isTrue();
    }

    @Test
    void rejectsWhatItDoesNotUnderstandWithTheOffendingArgument() {
        assertThatThrownBy(() -> QuickstartArgs.parse("my-bucket")).hasMessageContaining("'my-bucket'")
                .hasMessageContaining("key=value");
        assertThatThrownBy(() -> QuickstartArgs.parse("--bucket")).hasMessageContaining("--bucket");
        assertThatThrownBy(() -> QuickstartArgs.parse("--duration", "soon")).hasMessageContaining("'soon'");
        assertThatThrownBy(() -> QuickstartArgs.parse("--duration", "0")).hasMessageContaining("positive");
        assertThatThrownBy(() -> QuickstartArgs.parse("--duration")).hasMessageContaining("seconds");
    }

    @Test
    void helpIsAnOption() {
        assertThat(QuickstartArgs.parse("--help").help()).isTrue();
        assertThat(QuickstartArgs.USAGE).contains("bin/quickstart", "bucket=", "--duration");
    }
}
