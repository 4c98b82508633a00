package io.cloudstorage.connect.source.reading;

import java.util.Map;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.source.SourceRecord;

import io.cloudstorage.connect.source.config.RecordConfig;
import io.cloudstorage.connect.source.config.RecordHeaders;
import io.cloudstorage.connect.source.offset.OffsetCodec;
import io.cloudstorage.connect.source.offset.SourceOffset;
import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.storage.StorageObject;

/** Turns a record read from an object into the {@link SourceRecord} Connect sends, with its offset. */
final class SourceRecordFactory {

    private final RecordConfig config;

    SourceRecordFactory(RecordConfig config) {
        this.config = config;
    }

    SourceRecord create(Map<String, Object> partition, String bucket, StorageObject object, FormatRecord record,
                        boolean last) {
        Map<String, Object> offset = OffsetCodec.toMap(
                new SourceOffset(object.key(), object.etag(), record.next(), last));
        ConnectHeaders headers = new ConnectHeaders();
        if (config.headersEnabled()) {
            headers.addString(RecordHeaders.BUCKET, bucket)
                    .addString(RecordHeaders.KEY, object.key())
                    .addString(RecordHeaders.ETAG, object.etag())
                    .addLong(RecordHeaders.RECORD_NUMBER, record.number());
        }
        Schema keySchema;
        Object key;
        switch (config.keyMode()) {
            case OBJECT_KEY -> {
                keySchema = Schema.STRING_SCHEMA;
                key = object.key();
            }
            case RECORD_NUMBER -> {
                keySchema = Schema.INT64_SCHEMA;
                key = record.number();
            }
            default -> {
                keySchema = null;
                key = null;
            }
        }
        return new SourceRecord(partition, offset, config.topic(), null, keySchema, key,
                record.valueSchema(), record.value(), object.lastModified().toEpochMilli(), headers);
    }
}
