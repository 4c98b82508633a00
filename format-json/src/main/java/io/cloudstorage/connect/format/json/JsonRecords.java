package io.cloudstorage.connect.format.json;

import com.fasterxml.jackson.core.JsonFactory;

/**
 * What the readers of one format instance share for the whole task: the parser factory (with its recycled
 * buffers), the value mapping (whose inferred schema lives as long as the task), and the record size limit.
 */
final class JsonRecords {

    private final JsonFactory factory;
    private final JsonTree tree;
    private final JsonText text;
    private final ValueMapping mapping;
    private final int maxBytes;
    private final String maxBytesKey;

    JsonRecords(JsonFormatConfig config, JsonFormatConfig.Settings settings) {
        this.factory = JsonParsing.factory();
        this.text = new JsonText(factory);
        this.mapping = settings.newMapping(text);
        this.tree = new JsonTree(mapping.exactNumbers());
        this.maxBytes = settings.maxBytes();
        this.maxBytesKey = config.maxBytesKey();
    }

    JsonFactory factory() {
        return factory;
    }

    JsonTree tree() {
        return tree;
    }

    JsonText text() {
        return text;
    }

    ValueMapping mapping() {
        return mapping;
    }

    /** The longest record, in bytes of JSON text. */
    int maxBytes() {
        return maxBytes;
    }

    /** The key that sets {@link #maxBytes()}, to name in messages. */
    String maxBytesKey() {
        return maxBytesKey;
    }
}
