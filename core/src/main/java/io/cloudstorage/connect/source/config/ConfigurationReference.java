package io.cloudstorage.connect.source.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.ConfigKey;
/**
 * Renders the configuration reference, in Markdown, from the {@link ConfigDef} of the connector and of the
 * plug-ins on the class path. The build writes it into the plug-in's {@code doc/}, and a test keeps the copy in
 * the repository's {@code docs/} identical: the reference is never written by hand.
 */
public final class ConfigurationReference {

    private ConfigurationReference() {
    }

    /** Writes the reference to the file named by the first argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: ConfigurationReference <output file>");
        }
        Path output = Path.of(args[0]);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, markdown(), StandardCharsets.UTF_8);
    }

    public static String markdown() {
        ConfigDef def = CloudStorageSourceConfig.configDef();
        StringBuilder out = new StringBuilder();
        out.append("# Configuration reference\n\n")
                .append("Generated from the connector's `ConfigDef` by the build; do not edit. Keys of a storage ")
                .append("backend or format apply only when it is selected.\n\n")
                .append("Storage backends (`storage.type`):\n\n").append(plugins(ProviderRegistry.storages()))
                .append("\nFormats (`format`):\n\n").append(plugins(ProviderRegistry.formats()));
        for (String group : def.groups()) {
            out.append("\n## ").append(group).append("\n");
            def.configKeys().values().stream()
                    .filter(key -> group.equals(key.group) && !key.internalConfig)
                    .sorted(Comparator.comparingInt(key -> key.orderInGroup))
                    .forEach(key -> out.append(section(key)));
        }
        return out.toString();
    }

    private static String plugins(ProviderRegistry<?> registry) {
        return registry.byName().values().stream()
                .map(provider -> "- `" + provider.name() + "`: " + provider.description() + "\n")
                .collect(Collectors.joining());
    }

    private static String section(ConfigKey key) {
        StringBuilder out = new StringBuilder();
        out.append("\n### `").append(key.name).append("`\n\n").append(key.documentation).append("\n\n")
                .append("| | |\n|---|---|\n")
                .append("| Type | ").append(key.type.name().toLowerCase(Locale.ROOT)).append(" |\n")
                .append("| Default | ").append(defaultOf(key)).append(" |\n");
        if (key.validator != null) {
            out.append("| Valid values | ").append(escape(key.validator.toString())).append(" |\n");
        }
        out.append("| Importance | ").append(key.importance.name().toLowerCase(Locale.ROOT)).append(" |\n");
        return out.toString();
    }

    private static String defaultOf(ConfigKey key) {
        if (!key.hasDefault()) {
            return "required";
        }
        if (key.defaultValue == null) {
            return "none";
        }
        String value = key.defaultValue instanceof List<?> list
                ? list.stream().map(Objects::toString).collect(Collectors.joining(","))
                : key.defaultValue.toString();
        return value.isEmpty() ? "empty" : "`" + escape(value) + "`";
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
