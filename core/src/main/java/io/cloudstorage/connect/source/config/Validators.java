package io.cloudstorage.connect.source.config;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

import io.cloudstorage.connect.source.record.Template;
import io.cloudstorage.connect.source.record.TopicNames;

/** Validators for keys whose rules {@link ConfigDef} does not ship. */
final class Validators {

    private static final Pattern LEGAL_TOPIC_CHARACTERS = Pattern.compile("[a-zA-Z0-9._-]*");
    private static final String TOPIC_RULE = TopicNames.RULE;

    private Validators() {
    }

    /** A Kafka topic name, checked as the broker would, so that a typo fails at validation and not on first send. */
    static ConfigDef.Validator optionalTopicName() {
        return describe((name, value) -> {
            if (value != null && !((String) value).isBlank() && !isLegalTopic((String) value)) {
                throw new ConfigException(name, value, TOPIC_RULE);
            }
        }, "a legal Kafka topic name, or nothing");
    }

    /**
     * A topic name, or a template of one whose text between the placeholders holds only what topic names may
     * hold: the placeholders' values are checked for each object.
     */
    static ConfigDef.Validator topicTemplate() {
        return describe((name, value) -> {
            String topic = (String) value;
            if (topic == null) {
                throw new ConfigException(name, null, TOPIC_RULE);
            }
            Template template;
            try {
                template = Template.parse(topic);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name, value, e.getMessage());
            }
            boolean legal = template.isConstant() ? isLegalTopic(topic)
                    : template.literals().stream().allMatch(literal -> LEGAL_TOPIC_CHARACTERS.matcher(literal)
                    .matches());
            if (!legal) {
                throw new ConfigException(name, value, TOPIC_RULE);
            }
        }, "a legal Kafka topic name, or a template of one such as logs.${service}");
    }

    private static boolean isLegalTopic(String topic) {
        return TopicNames.isLegal(topic);
    }

    /** A {@link java.time.format.DateTimeFormatter} pattern, or nothing. */
    static ConfigDef.Validator dateTimePattern() {
        return describe((name, value) -> {
            if (value == null || ((String) value).isBlank()) {
                return;
            }
            try {
                java.time.format.DateTimeFormatter.ofPattern((String) value);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name, value, "Not a valid date-time pattern: " + e.getMessage());
            }
        }, "a java.time.format.DateTimeFormatter pattern, or nothing");
    }

    /** One of these words, in any case; described in the order given. */
    static ConfigDef.Validator oneOf(String... values) {
        List<String> allowed = List.of(values);
        return describe((name, value) -> {
            if (value == null || allowed.stream().noneMatch(((String) value)::equalsIgnoreCase)) {
                throw new ConfigException(name, value, "Must be one of " + String.join(", ", allowed));
            }
        }, "one of " + String.join(", ", allowed));
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
