package io.cloudstorage.connect.spi.format;

import java.util.Objects;

import org.apache.kafka.connect.data.Schema;

/**
 * One record read from an object: its value with the Connect schema describing it ({@code null} for schemaless
 * values such as maps without a schema), and the position just after it, from which a reader resumes with the
 * next record. {@code next.records()} is therefore this record's number within its object, counting from 1.
 */
public record FormatRecord(Schema valueSchema, Object value, ReadPosition next) implements ReadResult {

    public FormatRecord {
        Objects.requireNonNull(next, "next");
    }
}
