package io.cloudstorage.connect.source.reading;

import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.source.SourceRecord;

import io.cloudstorage.connect.source.config.CloudStorageSourceConfig;
import io.cloudstorage.connect.source.config.ErrorsConfig;
import io.cloudstorage.connect.source.config.ListingConfig;
import io.cloudstorage.connect.source.config.RecordConfig;
import io.cloudstorage.connect.source.config.RecordMetadataConfig;
import io.cloudstorage.connect.source.offset.OffsetCodec;
import io.cloudstorage.connect.source.offset.SourceOffset;
import io.cloudstorage.connect.source.record.InvalidRecordException;
import io.cloudstorage.connect.source.record.ObjectVariables;
import io.cloudstorage.connect.source.record.RecordHeaders;
import io.cloudstorage.connect.source.record.TopicNames;
import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.storage.StorageObject;

/** Turns what was read from an object into the {@link SourceRecord}s Connect sends, with their offsets. */
final class SourceRecordFactory {

    private final String bucket;
    private final RecordConfig record;
    private final RecordMetadataConfig metadata;
    private final ListingConfig listing;
    private final ErrorsConfig errors;

    SourceRecordFactory(CloudStorageSourceConfig config) {
        this.bucket = config.storage().bucket();
        this.record = config.record();
        this.metadata = config.metadata();
        this.listing = config.listing();
        this.errors = config.errors();
    }

    /**
     * @throws InvalidRecordException if the topic template gives no legal topic name for this object
     */
    ObjectRoute route(StorageObject object, Map<String, String> userMetadata) throws InvalidRecordException {
        Map<String, String> variables = ObjectVariables.of(bucket, object.key(), object.etag(),
                listing.keyGroups(object.key()));
        String topic = record.topic().render(variables);
        if (!TopicNames.isLegal(topic)) {
            throw new InvalidRecordException("The topic template " + record.topic() + " gives '" + topic
                    + "' for this object, which is not a legal topic name. " + TopicNames.RULE);
        }
        Map<String, String> metadataHeaders = new LinkedHashMap<>();
        for (String name : metadata.metadataHeaders()) {
            String value = userMetadata.get(name);
            if (value != null) {
                metadataHeaders.put(RecordHeaders.METADATA_PREFIX + name, value);
            }
        }
        return new ObjectRoute(topic, variables, metadataHeaders, object.lastModified().toEpochMilli());
    }

    /**
     * @throws InvalidRecordException if the record's key or timestamp field is missing or cannot be read
     */
    SourceRecord create(Map<String, Object> partition, SourceOffset offset, StorageObject object, ObjectRoute route,
                        FormatRecord read) throws InvalidRecordException {
        SchemaAndValue key = metadata.keys().key(route.variables(), read.number(), read.value());
        Long timestamp = metadata.timestamps().timestamp(route.lastModified(), read.value());
        ConnectHeaders headers = new ConnectHeaders();
        if (metadata.headersEnabled()) {
            addSourceHeaders(headers, object, read.number());
        }
        route.metadataHeaders().forEach(headers::addString);
        return new SourceRecord(partition, OffsetCodec.toMap(offset), route.topic(), null, key.schema(),
                key.value(), read.valueSchema(), read.value(), timestamp, headers);
    }

    /**
     * A record for the dead-letter topic: the raw bytes of bad data (at most {@code errors.dlq.max.bytes} of
     * them), keyed by the object's key, with headers saying where it came from and why it could not be read.
     *
     * <p>The value is a string, which every usual converter writes as it is: the raw bytes as text if they are
     * UTF-8 (as bad records of text formats are), else base64. A bytes value would reach a StringConverter, the
     * most common value converter for text, as a useless object name.
     *
     * @param offset  the offset after the bad data
     * @param number  the number of the (first) bad record
     * @param raw     the bad data's bytes, or its first ones
     * @param rawSize the size of the whole bad data
     */
    SourceRecord deadLetter(Map<String, Object> partition, SourceOffset offset, StorageObject object, long number,
                            byte[] raw, long rawSize, String errorClass, String message) {
        ConnectHeaders headers = new ConnectHeaders();
        addSourceHeaders(headers, object, number);
        headers.addString(RecordHeaders.ERROR_CLASS, errorClass).addString(RecordHeaders.ERROR_MESSAGE, message);
        int maxBytes = errors.deadLetterMaxBytes();
        byte[] kept = raw.length > maxBytes ? Arrays.copyOf(raw, maxBytes) : raw;
        if (rawSize > kept.length) {
            headers.addLong(RecordHeaders.ERROR_RAW_SIZE, rawSize);
        }
        Optional<String> text = Utf8.decode(kept);
        headers.addString(RecordHeaders.ERROR_RAW_ENCODING, text.isPresent() ? "utf-8" : "base64");
        String value = text.orElseGet(() -> Base64.getEncoder().encodeToString(kept));
        return new SourceRecord(partition, OffsetCodec.toMap(offset), errors.deadLetterTopic().orElseThrow(), null, Schema.STRING_SCHEMA, object.key(),
                Schema.OPTIONAL_STRING_SCHEMA, value, object.lastModified().toEpochMilli(), headers);
    }

    private void addSourceHeaders(ConnectHeaders headers, StorageObject object, long number) {
        headers.addString(RecordHeaders.BUCKET, bucket)
                .addString(RecordHeaders.KEY, object.key())
                .addString(RecordHeaders.ETAG, object.etag())
                .addLong(RecordHeaders.RECORD_NUMBER, number);
    }
}
