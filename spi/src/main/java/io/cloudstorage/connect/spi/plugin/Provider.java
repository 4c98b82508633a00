package io.cloudstorage.connect.spi.plugin;

import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;

/**
 * A plug-in found through {@link java.util.ServiceLoader}: a storage backend or a record format.
 *
 * <p>Its configuration keys become part of the connector's configuration (and of its generated reference), so
 * every key it defines must have a default (possibly {@code null}): the keys of the plug-ins a connector does
 * not use must still parse. Keys that are required when the plug-in is selected are checked in
 * {@link #validate(Map)}.
 */
public interface Provider {

    /** The value users put in the selecting key, e.g. {@code s3} for {@code storage.type=s3}. */
    String name();

    /** One sentence for the configuration reference. */
    String description();

    /** The plug-in's own keys; by convention each starts with {@code name() + "."}. */
    ConfigDef configDef();

    /**
     * Checks what a {@link ConfigDef} cannot express on one key alone (a key required only for this plug-in, two
     * keys that must be set together). Called only when this plug-in is selected.
     */
    default List<ConfigIssue> validate(Map<String, String> props) {
        return List.of();
    }
}
