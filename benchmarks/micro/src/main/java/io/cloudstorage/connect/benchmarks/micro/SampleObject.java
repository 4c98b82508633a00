package io.cloudstorage.connect.benchmarks.micro;

import java.util.Map;

import io.cloudstorage.connect.spi.format.InMemoryContent;

/**
 * An object's content generated for a benchmark, with the connector settings its format needs to read it.
 *
 * @param format   the format's name, the value of the connector's {@code format} key
 * @param settings the format's own keys
 */
record SampleObject(String format, String key, byte[] bytes, Map<String, String> settings) {

    InMemoryContent content() {
        return new InMemoryContent(key, bytes);
    }
}
