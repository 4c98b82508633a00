package io.cloudstorage.connect.source.offset;

/** A stored source partition or offset that this connector did not write, or wrote in an unknown version. */
public class InvalidOffsetException extends IllegalArgumentException {

    public InvalidOffsetException(String message) {
        super(message);
    }
}
