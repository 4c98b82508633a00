package io.cloudstorage.connect.source.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

import io.cloudstorage.connect.source.choice.ConfigChoice;
import io.cloudstorage.connect.source.record.RecordHeaders;
import io.cloudstorage.connect.spi.plugin.ConfigIssue;

/** What becomes of data that cannot be read as the configured format. */
public final class ErrorsConfig {

    public static final String GROUP = "Errors";
    public static final String POLICY = "errors.policy";
    public static final String DLQ_TOPIC = "errors.dlq.topic.name";
    public static final String DLQ_MAX_BYTES = "errors.dlq.max.bytes";

    private final BadDataPolicy policy;
    private final Optional<String> deadLetterTopic;
    private final int deadLetterMaxBytes;

    ErrorsConfig(AbstractConfig config) {
        this.policy = ConfigChoice.fromConfigValue(BadDataPolicy.class, config.getString(POLICY));
        this.deadLetterTopic = Optional.ofNullable(config.getString(DLQ_TOPIC)).filter(topic -> !topic.isBlank());
        this.deadLetterMaxBytes = config.getInt(DLQ_MAX_BYTES);
    }

    static void define(ConfigDef def) {
        int order = 0;
        def.define(POLICY, Type.STRING, BadDataPolicy.FAIL.configValue(),
                        Validators.oneOf(ConfigChoice.configValues(BadDataPolicy.class)), Importance.HIGH,
                        "What becomes of data that cannot be read as the format (an unparsable line or row, a "
                                + "record longer than allowed, a record whose key or timestamp field is missing, "
                                + "an object that is corrupt or truncated, such as a broken gzip stream): 'fail' "
                                + "stops the task with a message naming the object and the record; 'skip' leaves "
                                + "it out, logs one line per object with the count and the first reason, and "
                                + "counts it in the task's metrics; 'dlq' sends its raw bytes to "
                                + DLQ_TOPIC + " and goes on. Either way the source offset moves past it, so "
                                + "the connector never loops on bad data. (Failures of the storage itself, such "
                                + "as timeouts, are not bad data: they are retried.)",
                        GROUP, ++order, Width.SHORT, "Error policy")
                .define(DLQ_TOPIC, Type.STRING, null, Validators.optionalTopicName(), Importance.MEDIUM,
                        "The dead-letter topic for errors.policy=dlq. Each record there holds the raw bytes of "
                                + "the bad record (or of the whole object, when nothing of it could be read) as "
                                + "its value, the object key as its key, the object's headers ("
                                + String.join(", ", RecordHeaders.NAMES) + ") and "
                                + String.join(", ", RecordHeaders.ERROR_NAMES) + ". The value is a string, so "
                                + "that the connector's value converter (StringConverter, JsonConverter, Avro...) "
                                + "writes it as it writes text: the raw bytes themselves when they are UTF-8 text, "
                                + "as bad lines and rows are, else their base64 ("
                                + RecordHeaders.ERROR_RAW_ENCODING + " says which). The ByteArrayConverter takes "
                                + "no strings: with it, use errors.policy=skip.",
                        GROUP, ++order, Width.MEDIUM, "Dead-letter topic")
                .define(DLQ_MAX_BYTES, Type.INT, 1024 * 1024, Range.between(0, Integer.MAX_VALUE - 8),
                        Importance.LOW,
                        "The most raw bytes a dead-letter record holds; of larger bad data only the first are "
                                + "kept, and the header " + RecordHeaders.ERROR_RAW_SIZE + " gives the whole size.",
                        GROUP, ++order, Width.SHORT, "Dead-letter record size (bytes)");
    }

    static List<ConfigIssue> issues(AbstractConfig config) {
        List<ConfigIssue> issues = new ArrayList<>();
        ErrorsConfig errors = new ErrorsConfig(config);
        if (errors.policy == BadDataPolicy.DLQ && errors.deadLetterTopic.isEmpty()) {
            issues.add(new ConfigIssue(DLQ_TOPIC, "Set " + DLQ_TOPIC + " to the topic that receives bad data when "
                    + POLICY + "=dlq."));
        }
        return issues;
    }

    public BadDataPolicy policy() {
        return policy;
    }

    public Optional<String> deadLetterTopic() {
        return deadLetterTopic;
    }

    public int deadLetterMaxBytes() {
        return deadLetterMaxBytes;
    }
}
