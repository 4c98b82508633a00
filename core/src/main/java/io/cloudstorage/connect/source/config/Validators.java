package io.cloudstorage.connect.source.config;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** Validators for keys whose rules {@link ConfigDef} does not ship. */
final class Validators {

    private static final Pattern LEGAL_TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

    private Validators() {
    }

    /** A Kafka topic name, checked as the broker would, so that a typo fails at validation and not on first send. */
    static ConfigDef.Validator topicName() {
        return describe((name, value) -> {
            String topic = (String) value;
            if (topic == null || !LEGAL_TOPIC.matcher(topic).matches() || topic.equals(".") || topic.equals("..")) {
                throw new ConfigException(name, value, "A topic name is 1 to 249 characters from a-z, A-Z, 0-9, "
                        + "'.', '_' and '-', and is neither '.' nor '..'");
            }
        }, "a legal Kafka topic name");
    }

    /** A Java regular expression, or nothing. */
    static ConfigDef.Validator regex() {
        return describe((name, value) -> {
            if (value == null) {
                return;
            }
            try {
                Pattern.compile((String) value);
            } catch (PatternSyntaxException e) {
                throw new ConfigException(name, value, "Not a valid regular expression: " + e.getDescription()
                        + " near index " + e.getIndex());
            }
        }, "a Java regular expression");
    }

    /**
     * Prefixes that never share an object: none empty, none repeated, none the start of another (which would read
     * the objects under the longer one twice, in two source partitions).
     */
    static ConfigDef.Validator disjointPrefixes() {
        return describe((name, value) -> {
            @SuppressWarnings("unchecked")
            List<String> prefixes = (List<String>) value;
            Set<String> seen = new HashSet<>();
            for (String prefix : prefixes) {
                if (prefix.isEmpty() && prefixes.size() > 1) {
                    throw new ConfigException(name, value, "An empty entry would read the whole bucket, overlapping "
                            + "every other prefix; remove the extra comma");
                }
                if (!seen.add(prefix)) {
                    throw new ConfigException(name, value, "'" + prefix + "' is listed twice");
                }
            }
            for (String a : prefixes) {
                for (String b : prefixes) {
                    if (!a.equals(b) && b.startsWith(a)) {
                        throw new ConfigException(name, value, "'" + a + "' overlaps '" + b + "': every object "
                                + "under '" + b + "' is also under '" + a + "' and would be read twice");
                    }
                }
            }
        }, "prefixes none of which starts with another");
    }

    private static ConfigDef.Validator describe(ConfigDef.Validator validator, String description) {
        return new ConfigDef.Validator() {
            @Override
            public void ensureValid(String name, Object value) {
                validator.ensureValid(name, value);
            }

            @Override
            public String toString() {
                return description;
            }
        };
    }
}
