package io.cloudstorage.connect.benchmarks.micro;

import java.util.Map;
import java.util.ServiceLoader;

import io.cloudstorage.connect.spi.format.FormatProvider;
import io.cloudstorage.connect.spi.format.RecordFormat;

/** Creates formats by name through their ServiceLoader manifests, as the connector finds them. */
final class Formats {

    private Formats() {
    }

    static RecordFormat create(String name, Map<String, String> settings) {
        for (FormatProvider provider : ServiceLoader.load(FormatProvider.class)) {
            if (provider.name().equals(name)) {
                return provider.create(settings);
            }
        }
        throw new IllegalArgumentException("No format named '" + name + "' on the class path");
    }
}
