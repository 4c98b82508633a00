package io.cloudstorage.connect.spi.storage;

/** What the connector can do to an object once all its records are in Kafka; a storage supports some of them. */
public enum ObjectAction {
    /** {@link ObjectStorage#delete}. */
    DELETE,
    /** {@link ObjectStorage#move}. */
    MOVE,
    /** {@link ObjectStorage#tag}. */
    TAG
}
