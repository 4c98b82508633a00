package io.cloudstorage.connect.source.config;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

import org.apache.kafka.common.config.ConfigException;

import io.cloudstorage.connect.spi.format.FormatProvider;
import io.cloudstorage.connect.spi.plugin.Provider;
import io.cloudstorage.connect.spi.storage.StorageProvider;

/**
 * The storage backends or record formats found on the plug-in's class path through {@link ServiceLoader}, by
 * name. Adding one is adding a jar with a {@code META-INF/services} entry; the core names none of them.
 */
public final class ProviderRegistry<T extends Provider> {

    private static final ProviderRegistry<StorageProvider> STORAGES = load(StorageProvider.class, "storage.type");
    private static final ProviderRegistry<FormatProvider> FORMATS = load(FormatProvider.class, "format");

    private final String selectingKey;
    private final Map<String, T> byName;

    ProviderRegistry(String selectingKey, Collection<T> providers) {
        this.selectingKey = selectingKey;
        Map<String, T> sorted = new TreeMap<>();
        for (T provider : providers) {
            T previous = sorted.put(provider.name(), provider);
            if (previous != null) {
                throw new IllegalStateException("Two plug-ins are named '" + provider.name() + "' for "
                        + selectingKey + ": " + previous.getClass().getName() + " and "
                        + provider.getClass().getName() + "; remove one of their jars from the plug-in folder");
            }
        }
        this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
    }

    public static ProviderRegistry<StorageProvider> storages() {
        return STORAGES;
    }

    public static ProviderRegistry<FormatProvider> formats() {
        return FORMATS;
    }

    private static <T extends Provider> ProviderRegistry<T> load(Class<T> type, String selectingKey) {
        return new ProviderRegistry<>(selectingKey,
                ServiceLoader.load(type, type.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList());
    }

    /** The key whose value selects one of these plug-ins. */
    public String selectingKey() {
        return selectingKey;
    }

    /** The plug-ins by name, in name order. */
    public Map<String, T> byName() {
        return byName;
    }

    public T get(String name) {
        T provider = byName.get(name);
        if (provider == null) {
            throw new ConfigException(selectingKey, name, "No such plug-in; available: " + byName.keySet());
        }
        return provider;
    }
}
