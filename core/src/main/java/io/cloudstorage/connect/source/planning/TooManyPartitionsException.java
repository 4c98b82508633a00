package io.cloudstorage.connect.source.planning;

import org.apache.kafka.connect.errors.ConnectException;

/** Discovery found more source partitions than the configured limit: a configuration problem, not a glitch. */
public class TooManyPartitionsException extends ConnectException {

    public TooManyPartitionsException(String message) {
        super(message);
    }
}
