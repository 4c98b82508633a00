package io.cloudstorage.connect.source.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.ConfigKey;

import io.cloudstorage.connect.spi.plugin.Provider;

/**
 * Adds the keys of every storage backend or record format to the connector's {@link ConfigDef}, each in a group
 * of its plug-in and visible only while that plug-in is selected, so that a UI built on
 * {@code config/validate} shows the S3 keys only for {@code storage.type=s3}.
 */
final class PluginKeys {

    private PluginKeys() {
    }

    /** The keys of all plug-ins of a registry, which the selecting key lists as its dependents. */
    static List<String> namesOf(ProviderRegistry<?> registry) {
        List<String> names = new ArrayList<>();
        for (Provider provider : registry.byName().values()) {
            names.addAll(provider.configDef().names());
        }
        return names;
    }

    static void define(ConfigDef def, ProviderRegistry<?> registry, String groupPrefix) {
        for (Provider provider : registry.byName().values()) {
            String group = groupPrefix + " (" + provider.name() + ")";
            int order = 0;
            for (ConfigKey key : provider.configDef().configKeys().values()) {
                if (!key.hasDefault()) {
                    throw new IllegalStateException("Key " + key.name + " of plug-in " + provider.name()
                            + " has no default: it would be required even when another plug-in is selected");
                }
                if (def.configKeys().containsKey(key.name)) {
                    throw new IllegalStateException("Key " + key.name + " of plug-in " + provider.name()
                            + " is already defined");
                }
                def.define(new ConfigKey(key.name, key.type, key.defaultValue, key.validator, key.importance,
                        key.documentation, group, ++order, key.width, key.displayName, key.dependents,
                        visibleWhenSelected(registry.selectingKey(), provider.name(), key.recommender),
                        key.internalConfig));
            }
        }
    }

    private static ConfigDef.Recommender visibleWhenSelected(String selectingKey, String providerName,
                                                             ConfigDef.Recommender own) {
        return new ConfigDef.Recommender() {
            @Override
            public List<Object> validValues(String name, Map<String, Object> parsedConfig) {
                return own == null ? List.of() : own.validValues(name, parsedConfig);
            }

            @Override
            public boolean visible(String name, Map<String, Object> parsedConfig) {
                return providerName.equals(parsedConfig.get(selectingKey))
                        && (own == null || own.visible(name, parsedConfig));
            }
        };
    }

    /** Recommends the names of the registered plug-ins for the selecting key. */
    static ConfigDef.Recommender names(ProviderRegistry<?> registry) {
        return new ConfigDef.Recommender() {
            @Override
            public List<Object> validValues(String name, Map<String, Object> parsedConfig) {
                return List.copyOf(registry.byName().keySet());
            }

            @Override
            public boolean visible(String name, Map<String, Object> parsedConfig) {
                return true;
            }
        };
    }

    /**
     * The default for a selecting key: the preferred plug-in if it is installed. Otherwise the key has no default,
     * since {@link ConfigDef} rejects a default its validator refuses.
     */
    static Object defaultName(ProviderRegistry<?> registry, String preferred) {
        return registry.byName().containsKey(preferred) ? preferred : ConfigDef.NO_DEFAULT_VALUE;
    }

    /** Accepts only the names of the registered plug-ins. */
    static ConfigDef.Validator validName(ProviderRegistry<?> registry) {
        return ConfigDef.ValidString.in(registry.byName().keySet().toArray(String[]::new));
    }
}
