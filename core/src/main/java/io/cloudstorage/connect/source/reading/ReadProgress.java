package io.cloudstorage.connect.source.reading;

import org.apache.kafka.connect.source.SourceRecord;

import io.cloudstorage.connect.spi.storage.StorageObject;

/** Told which object each record comes from, and which objects were read to their end. */
public interface ReadProgress {

    /** Tells nothing to anyone. */
    ReadProgress NONE = new ReadProgress() {
        @Override
        public void produced(SourceRecord record, StorageObject object) {
        }

        @Override
        public void readToEnd(StorageObject object) {
        }

        @Override
        public void abandoned(StorageObject object) {
        }
    };

    /** {@code record}, about to be handed to Connect, was read from {@code object}. */
    void produced(SourceRecord record, StorageObject object);

    /**
     * Every record of {@code object} was handed out (or left out as bad data): it was read to its end, not abandoned
     * as unreadable, deleted or written again.
     */
    void readToEnd(StorageObject object);

    /** Nothing more of {@code object} will be read, though it was not read to its end. */
    void abandoned(StorageObject object);
}
