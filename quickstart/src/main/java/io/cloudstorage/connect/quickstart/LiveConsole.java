package io.cloudstorage.connect.quickstart;

import java.io.PrintStream;

/**
 * The quickstart's output: event lines, and a status line that a terminal shows in place (rewritten each second
 * below the events) and that other outputs (a pipe, a file, a test) get as a line of its own.
 */
final class LiveConsole {

    private static final String CLEAR_LINE = "\r\033[K";

    private final PrintStream out;
    private final boolean terminal;
    private String status = "";

    LiveConsole(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** A console on standard output, rewriting the status line in place if that is a terminal. */
    static LiveConsole onStandardOutput() {
        return new LiveConsole(System.out, System.console() != null);
    }

    synchronized void event(String line) {
        if (terminal) {
            out.print(CLEAR_LINE);
            out.println(line);
            out.print(status);
        } else {
            out.println(line);
        }
        out.flush();
    }

    synchronized void status(String line) {
        if (terminal) {
            out.print(CLEAR_LINE);
            out.print(line);
        } else if (!line.equals(status)) {
            out.println(line);
        }
        status = line;
        out.flush();
    }

    /** Ends the status line, so that what follows starts on a line of its own. */
    synchronized void endStatus() {
        if (terminal && !status.isEmpty()) {
            out.println();
        }
        status = "";
        out.flush();
    }
}
