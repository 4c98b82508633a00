package io.cloudstorage.connect.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.source.config.ConfigurationReference;

/** The reference in docs/ is the one generated from the ConfigDef of everything the plug-in ships. */
class ConfigurationReferenceTest {

    private static final Path CHECKED_IN = Path.of("..", "docs", "configuration.md");

    @Test
    void theCheckedInReferenceIsUpToDate() throws Exception {
        String generated = ConfigurationReference.markdown();
        Path fresh = Path.of("target", "configuration.md");
        Files.createDirectories(fresh.getParent());
        Files.writeString(fresh, generated, StandardCharsets.UTF_8);

        assertThat(Files.exists(CHECKED_IN)).as("docs/configuration.md exists").isTrue();
        assertThat(Files.readString(CHECKED_IN, StandardCharsets.UTF_8))
                .as("docs/configuration.md is stale; to update it: cp plugin/target/configuration.md docs/")
                .isEqualTo(generated);
    }

    @Test
    void theReferenceCoversEveryInstalledPlugin() {
        String reference = ConfigurationReference.markdown();

        assertThat(reference).contains("### `bucket`", "### `prefix.whitelist`", "### `topic`", "### `s3.region`",
                "### `s3.secret.access.key`", "### `local.root`", "### `lines.max.bytes`", "### `bytes.max.bytes`",
                "- `s3`: ", "- `local`: ", "- `lines`: ", "- `bytes`: ");
        assertThat(reference).doesNotContain("task.prefixes");
    }
}
