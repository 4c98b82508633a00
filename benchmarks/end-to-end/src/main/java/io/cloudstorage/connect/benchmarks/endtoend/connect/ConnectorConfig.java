package io.cloudstorage.connect.benchmarks.endtoend.connect;

import java.util.HashMap;
import java.util.Map;

/** A connector to create on a worker: its name and its settings (which hold the name too). */
public record ConnectorConfig(String name, Map<String, String> settings) {

    public ConnectorConfig {
        settings = Map.copyOf(settings);
    }

    /** The same connector under another name. */
    public ConnectorConfig named(String newName) {
        Map<String, String> renamed = new HashMap<>(settings);
        renamed.put("name", newName);
        return new ConnectorConfig(newName, renamed);
    }
}
