package io.cloudstorage.connect.format.parquet;

import java.util.ArrayList;
import java.util.List;

/** Describes failures of the Parquet library for operators, whose messages are often spread over causes. */
final class Failures {

    private static final int MAX_DEPTH = 5;

    private Failures() {
    }

    /** The distinct messages of {@code failure} and its causes, outermost first. */
    static String describe(Throwable failure) {
        List<String> messages = new ArrayList<>();
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (messages.stream().noneMatch(known -> known.contains(message))) {
                messages.add(message);
            }
        }
        return String.join(": ", messages);
    }
}
