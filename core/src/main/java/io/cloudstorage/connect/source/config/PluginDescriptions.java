package io.cloudstorage.connect.source.config;

import java.util.stream.Collectors;

/** Describes the registered plug-ins in a key's documentation, so the reference lists what is installed. */
final class PluginDescriptions {

    private PluginDescriptions() {
    }

    static String of(ProviderRegistry<?> registry) {
        return registry.byName().values().stream()
                .map(provider -> "'" + provider.name() + "': " + provider.description())
                .collect(Collectors.joining(" "));
    }
}
