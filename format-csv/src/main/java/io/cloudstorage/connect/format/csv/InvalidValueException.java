package io.cloudstorage.connect.format.csv;

/**
 * A field's text is not a value of its column's type. It says what is wrong in a few words, for the reason of a
 * malformed record; it has no stack trace, since it is thrown for data, not for a fault in the code.
 */
final class InvalidValueException extends Exception {

    InvalidValueException(String problem) {
        super(problem, null, false, false);
    }
}
