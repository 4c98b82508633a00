package io.cloudstorage.connect.source.reading;

import java.io.IOException;

import io.cloudstorage.connect.spi.format.MalformedDataException;
import io.cloudstorage.connect.spi.format.ObjectContent;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.ReadResult;
import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordReader;
import io.cloudstorage.connect.spi.storage.StorageObject;

/**
 * Reads one object's records, one record ahead, so that the offset of an object's last record can say that the
 * object is complete (a restart then lists after it instead of opening it again).
 *
 * <p>{@link #position()} is always the position after the last record handed out. When reading fails, the reader
 * is dropped and the next call opens the object again at that position: the record that was read ahead is read
 * again, and nothing is handed out twice. When the content turns out to be unreadable while the next record is
 * read ahead, the record in hand is still handed out (not as the last one), and the next call reports the failure.
 */
final class ObjectCursor implements AutoCloseable {

    private final ObjectContent content;
    private final RecordFormat format;
    private final StorageObject object;
    private ReadPosition position;
    private RecordReader reader;
    private ReadResult lookahead;
    private MalformedDataException unreadableAhead;
    private boolean exhausted;

    ObjectCursor(ObjectContent content, RecordFormat format, StorageObject object, ReadPosition start) {
        this.content = content;
        this.format = format;
        this.object = object;
        this.position = start;
    }

    StorageObject object() {
        return object;
    }

    ReadPosition position() {
        return position;
    }

    /**
     * The next record, or {@code null} when the object holds no more.
     *
     * @throws MalformedDataException if the content cannot be read as the format
     * @throws IOException            if reading failed; calling again retries from {@link #position()}
     */
    ObjectRecord next() throws IOException {
        if (exhausted) {
            return null;
        }
        try {
            if (unreadableAhead != null) {
                throw unreadableAhead;
            }
            if (reader == null) {
                reader = format.open(content, position);
                lookahead = reader.next();
            }
            ReadResult current = lookahead;
            if (current != null) {
                lookahead = readAhead();
                position = current.next();
            }
            boolean last = lookahead == null && unreadableAhead == null;
            if (last) {
                exhausted = true;
                close();
            }
            return current == null ? null : new ObjectRecord(current, last);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private ReadResult readAhead() throws IOException {
        try {
            return reader.next();
        } catch (MalformedDataException e) {
            unreadableAhead = e;
            return null;
        }
    }

    /** Closes the open reader, if any; a later {@link #next()} opens the object again at {@link #position()}. */
    @Override
    public void close() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                // The reader is dropped either way; a failed close of a read-only stream loses nothing.
            }
            reader = null;
            lookahead = null;
        }
    }
}
