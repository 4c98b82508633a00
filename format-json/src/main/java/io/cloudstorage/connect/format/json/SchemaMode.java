package io.cloudstorage.connect.format.json;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where the Connect schema of a JSON record comes from. */
enum SchemaMode {

    /** No schema: maps, lists, strings, numbers and booleans, for converters that need none. */
    SCHEMALESS,
    /** A schema inferred from the records read so far by the task, widened as new fields and types appear. */
    INFER,
    /** The schema the user configured; records that do not fit it are malformed. */
    GIVEN;

    /** The value of the {@code <format>.schema.mode} key. */
    String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<SchemaMode> of(String configValue) {
        return Arrays.stream(values()).filter(mode -> mode.configValue().equalsIgnoreCase(configValue.trim()))
                .findFirst();
    }

    static String[] configValues() {
        return Arrays.stream(values()).map(SchemaMode::configValue).toArray(String[]::new);
    }
}
