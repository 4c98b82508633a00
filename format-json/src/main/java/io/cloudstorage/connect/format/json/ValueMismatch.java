package io.cloudstorage.connect.format.json;

/**
 * A JSON value that cannot become a value of its schema, naming where in the record it is. It is a verdict on
 * one record, not a failure of the program, so it carries no stack trace.
 */
final class ValueMismatch extends RuntimeException {

    private final String path;
    private final String problem;

    ValueMismatch(String problem) {
        this("", problem);
    }

    /** A mismatch at {@code path} ("a.b[2].c"; empty for the whole value). */
    ValueMismatch(String path, String problem) {
        super(null, null, false, false);
        this.path = path;
        this.problem = problem;
    }

    /** The same mismatch, seen from the struct or map holding the value under {@code name}. */
    ValueMismatch inField(String name) {
        return new ValueMismatch(path.isEmpty() || path.startsWith("[") ? name + path : name + "." + path, problem);
    }

    /** The same mismatch, seen from the array holding the value at {@code index}. */
    ValueMismatch atIndex(int index) {
        return new ValueMismatch("[" + index + "]" + (path.isEmpty() || path.startsWith("[") ? path : "." + path),
                problem);
    }

    @Override
    public String getMessage() {
        return (path.isEmpty() ? "The value" : "Field '" + path + "'") + ": " + problem;
    }
}
