package io.cloudstorage.connect.source.testing;

import java.util.HashMap;
import java.util.Map;

/** Connector configurations for the in-memory storage. */
public final class TestConfigs {

    private TestConfigs() {
    }

    /** A valid configuration reading {@code bucket} into topic {@code records}; change what a test needs. */
    public static Map<String, String> connector(String bucket, String prefixes) {
        Map<String, String> props = new HashMap<>();
        props.put("name", "test-connector");
        props.put("storage.type", "memory");
        props.put("bucket", bucket);
        props.put("prefix.whitelist", prefixes);
        props.put("topic", "records");
        props.put("format", "lines");
        props.put("poll.interval.ms", "1000");
        return props;
    }
}
