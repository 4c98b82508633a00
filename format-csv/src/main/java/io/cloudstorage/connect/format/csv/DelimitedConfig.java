package io.cloudstorage.connect.format.csv;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

import io.cloudstorage.connect.spi.plugin.ConfigIssue;

/**
 * The keys of one delimited format, each prefixed with the format's name ({@code csv.header}, {@code tsv.header}),
 * with typed getters. Nothing else reads the raw properties.
 */
final class DelimitedConfig {

    static final String HEADER = "header";
    static final String COLUMNS = "columns";
    static final String SCHEMA = "schema";
    static final String DELIMITER = "delimiter";
    static final String QUOTE = "quote";
    static final String ESCAPE = "escape";
    static final String TRIM = "trim";
    static final String EMPTY_VALUE = "empty.value";
    static final String SKIP_LINES = "skip.lines";
    static final String MAX_ROW_BYTES = "max.row.bytes";
    static final String TIMESTAMP_PATTERN = "timestamp.pattern";
    static final String TIMESTAMP_ZONE = "timestamp.zone";

    static final String EMPTY_AS_NULL = "null";
    static final String EMPTY_AS_EMPTY_STRING = "empty";

    private static final int DEFAULT_MAX_ROW_BYTES = 8 * 1024 * 1024;

    private final String name;
    private final AbstractConfig values;

    /**
     * @throws ConfigException if a key is invalid on its own
     */
    DelimitedConfig(String name, DialectDefaults defaults, Map<String, String> props) {
        this.name = name;
        this.values = new AbstractConfig(configDef(name, defaults), props, false);
    }

    static ConfigDef configDef(String name, DialectDefaults defaults) {
        String p = name + ".";
        return new ConfigDef()
                .define(p + HEADER, Type.BOOLEAN, true, Importance.MEDIUM,
                        "Whether the first row of each object (after " + p + SKIP_LINES + " lines) holds the "
                                + "column names rather than data. The names become the fields of the records; an "
                                + "empty name becomes column_N (N the column's position, from 1), and a repeated "
                                + "one gets the suffix _2, _3... With " + p + COLUMNS + " or " + p + SCHEMA
                                + " set, the header row is skipped and those keys name the columns.",
                        null, -1, Width.SHORT, "Header row")
                .define(p + COLUMNS, Type.LIST, List.of(), distinctNames(), Importance.MEDIUM,
                        "The column names, comma-separated, in the order of the fields: the names of rows "
                                + "without a header row, or names that replace those of the header row. Every "
                                + "value is a string (use " + p + SCHEMA + " for other types). Empty: the names "
                                + "of the header row, or, without one, column_1, column_2... as many as the first "
                                + "row has fields. Every row must have as many fields as there are columns.",
                        null, -1, Width.LONG, "Column names")
                .define(p + SCHEMA, Type.STRING, "", SchemaText.validator(), Importance.MEDIUM,
                        "The columns with their types, comma-separated, in the order of the fields, as "
                                + "name:type, e.g. 'id:int64,name:string,price:decimal(10,2),ts:timestamp'. "
                                + "Types: string, boolean (true, false, 1 or 0), int32, int64, float32, float64, "
                                + "decimal(p,s) (a Connect Decimal of scale s, at most p digits), date "
                                + "(yyyy-MM-dd, a Connect Date), time (HH:mm:ss[.fraction], a Connect Time), "
                                + "timestamp (see " + p + TIMESTAMP_PATTERN + "; a Connect Timestamp). Every field "
                                + "is optional. A value that is not of its column's type makes its row "
                                + "malformed. It names the columns like " + p + COLUMNS + ", which must then be "
                                + "empty. Empty: every column is a string; types are never guessed from the "
                                + "data, so that the schema of a column cannot change from one object to "
                                + "the next.",
                        null, -1, Width.LONG, "Typed columns")
                .define(p + DELIMITER, Type.STRING, defaults.delimiter(), CharacterSetting.required(),
                        Importance.MEDIUM,
                        "The character between the fields of a row: one ASCII character, or \\t (or tab) for "
                                + "a tab.",
                        null, -1, Width.SHORT, "Delimiter")
                .define(p + QUOTE, Type.STRING, defaults.quote(), CharacterSetting.optional(), Importance.LOW,
                        "The character that encloses a field holding the delimiter, line breaks or the quote "
                                + "character itself (written twice inside the field). A quote counts only at the "
                                + "start of a field; elsewhere it is data. Empty: no quoting, the character is "
                                + "data everywhere.",
                        null, -1, Width.SHORT, "Quote character")
                .define(p + ESCAPE, Type.STRING, defaults.escape(), CharacterSetting.optional(), Importance.LOW,
                        "A character that makes the next one data, in quoted and unquoted fields alike: an "
                                + "escaped delimiter, quote, line break or escape character is part of the "
                                + "value, except that the escape character followed by t, n or r stands for a "
                                + "tab, a line feed or a carriage return (\\t, \\n, \\r with a backslash). "
                                + "It must differ from the quote character. Empty: no escape character.",
                        null, -1, Width.SHORT, "Escape character")
                .define(p + TRIM, Type.BOOLEAN, false, Importance.LOW,
                        "Whether spaces and tabs (unless the tab is the delimiter) around values are removed. "
                                + "Around a quoted field, those between the delimiter and the quotes are "
                                + "removed; what lies between the quotes is kept as it is.",
                        null, -1, Width.SHORT, "Trim values")
                .define(p + EMPTY_VALUE, Type.STRING, EMPTY_AS_NULL,
                        ConfigDef.ValidString.in(EMPTY_AS_NULL, EMPTY_AS_EMPTY_STRING), Importance.LOW,
                        "What an empty field (nothing between the delimiters, or \"\") of a string column "
                                + "becomes: 'null' or 'empty' (the empty string). An empty field of any other "
                                + "type is null.",
                        null, -1, Width.SHORT, "Empty value")
                .define(p + SKIP_LINES, Type.INT, 0, ConfigDef.Range.atLeast(0), Importance.LOW,
                        "How many lines to skip at the start of each object, before the header row or the "
                                + "first data row, such as a title or comments. A line ends at each line feed, "
                                + "inside quotes or not.",
                        null, -1, Width.SHORT, "Lines to skip")
                .define(p + MAX_ROW_BYTES, Type.INT, DEFAULT_MAX_ROW_BYTES,
                        ConfigDef.Range.between(1, Integer.MAX_VALUE - 16), Importance.LOW,
                        "The longest row, in bytes without its line ending, that is read. A longer row is "
                                + "malformed: it is stepped over, holding its first bytes, and reading goes on "
                                + "with the next row. It bounds the memory a task needs whatever the objects "
                                + "hold (a quote that is never closed makes the rest of the object one row).",
                        null, -1, Width.SHORT, "Longest row (bytes)")
                .define(p + TIMESTAMP_PATTERN, Type.STRING, "", timestampPattern(), Importance.LOW,
                        "How the values of timestamp columns are written, as a java.time DateTimeFormatter "
                                + "pattern, e.g. 'dd/MM/yyyy HH:mm:ss' or 'yyyy-MM-dd HH:mm:ss.SSS XXX'. Empty: "
                                + "ISO-8601, such as 2026-11-27T10:15:30Z, 2026-11-27T10:15:30.123+01:00 or "
                                + "2026-11-27 10:15:30 (a space in place of the T). Digits finer than a "
                                + "millisecond are dropped.",
                        null, -1, Width.MEDIUM, "Timestamp pattern")
                .define(p + TIMESTAMP_ZONE, Type.STRING, "UTC", zoneId(), Importance.LOW,
                        "The time zone of timestamps written without an offset or zone, e.g. UTC, "
                                + "Europe/Paris or +02:00.",
                        null, -1, Width.SHORT, "Timestamp zone");
    }

    /**
     * What is wrong with keys together: the three characters must differ, and the columns are named by one key.
     * Keys that are wrong on their own are left to the {@link ConfigDef} to report.
     */
    static List<ConfigIssue> issues(String name, DialectDefaults defaults, Map<String, String> props) {
        DelimitedConfig config;
        try {
            config = new DelimitedConfig(name, defaults, props);
        } catch (ConfigException e) {
            return List.of();
        }
        List<ConfigIssue> issues = new ArrayList<>();
        int delimiter = config.character(DELIMITER);
        int quote = config.character(QUOTE);
        int escape = config.character(ESCAPE);
        if (quote == delimiter) {
            issues.add(config.issue(QUOTE, "The quote character must differ from " + config.key(DELIMITER) + "."));
        }
        if (escape == delimiter) {
            issues.add(config.issue(ESCAPE, "The escape character must differ from " + config.key(DELIMITER)
                    + "."));
        }
        if (escape != Dialect.NONE && escape == quote) {
            issues.add(config.issue(ESCAPE, "The escape character must differ from " + config.key(QUOTE)
                    + " (a quote inside a quoted field is written twice anyway): leave it empty."));
        }
        if (!config.columnNames().isEmpty() && !config.schemaColumns().isEmpty()) {
            issues.add(config.issue(COLUMNS, "Set " + config.key(COLUMNS) + " or " + config.key(SCHEMA)
                    + ", not both: the schema names the columns too."));
        }
        return issues;
    }

    String key(String suffix) {
        return name + "." + suffix;
    }

    private ConfigIssue issue(String suffix, String message) {
        return new ConfigIssue(key(suffix), message);
    }

    boolean header() {
        return values.getBoolean(key(HEADER));
    }

    Dialect dialect() {
        return new Dialect(character(DELIMITER), character(QUOTE), character(ESCAPE), values.getBoolean(key(TRIM)));
    }

    int skipLines() {
        return values.getInt(key(SKIP_LINES));
    }

    int maxRowBytes() {
        return values.getInt(key(MAX_ROW_BYTES));
    }

    ColumnTypes columnTypes() {
        TextColumn text = EMPTY_AS_NULL.equals(values.getString(key(EMPTY_VALUE)))
                ? TextColumn.emptyAsNull() : TextColumn.emptyAsEmptyString();
        ZoneId zone = ZoneId.of(values.getString(key(TIMESTAMP_ZONE)));
        String pattern = values.getString(key(TIMESTAMP_PATTERN));
        return new ColumnTypes(text, pattern.isEmpty()
                ? TimestampColumn.iso(zone) : TimestampColumn.withPattern(pattern, zone));
    }

    /** The columns as the keys declare them, whatever the objects hold; empty if the objects name them. */
    Optional<RowLayout> declaredLayout() {
        ColumnTypes types = columnTypes();
        List<ColumnSpec> schema = schemaColumns();
        if (!schema.isEmpty()) {
            return Optional.of(new RowLayout(schema.stream().map(ColumnSpec::name).toList(),
                    schema.stream().map(types::of).toList()));
        }
        List<String> columns = columnNames();
        return columns.isEmpty() ? Optional.empty() : Optional.of(RowLayout.uniform(columns, types.text()));
    }

    private List<String> columnNames() {
        return values.getList(key(COLUMNS));
    }

    private List<ColumnSpec> schemaColumns() {
        return SchemaText.parse(values.getString(key(SCHEMA)));
    }

    private int character(String suffix) {
        return CharacterSetting.parse(values.getString(key(suffix)));
    }

    private static ConfigDef.Validator distinctNames() {
        return new ConfigDef.Validator() {
            @Override
            public void ensureValid(String name, Object value) {
                Set<String> seen = new HashSet<>();
                for (Object column : (List<?>) value) {
                    if (column.toString().isEmpty()) {
                        throw new ConfigException(name, value, "A column name is empty");
                    }
                    if (!seen.add(column.toString())) {
                        throw new ConfigException(name, value, "The column name '" + column + "' appears twice");
                    }
                }
            }

            @Override
            public String toString() {
                return "distinct non-empty names";
            }
        };
    }

    private static ConfigDef.Validator timestampPattern() {
        return new ConfigDef.Validator() {
            @Override
            public void ensureValid(String name, Object value) {
                try {
                    DateTimeFormatter.ofPattern((String) value);
                } catch (IllegalArgumentException e) {
                    throw new ConfigException(name, value, "Invalid DateTimeFormatter pattern: " + e.getMessage());
                }
            }

            @Override
            public String toString() {
                return "empty (ISO-8601), or a java.time DateTimeFormatter pattern";
            }
        };
    }

    private static ConfigDef.Validator zoneId() {
        return new ConfigDef.Validator() {
            @Override
            public void ensureValid(String name, Object value) {
                try {
                    ZoneId.of((String) value);
                } catch (DateTimeException e) {
                    throw new ConfigException(name, value, "Not a time zone ID: " + e.getMessage());
                }
            }

            @Override
            public String toString() {
                return "a time zone ID, such as UTC, Europe/Paris or +02:00";
            }
        };
    }
}
