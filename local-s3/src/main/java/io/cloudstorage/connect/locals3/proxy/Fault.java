package io.cloudstorage.connect.locals3.proxy;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/** What the proxy does to a request instead of forwarding it faithfully. */
public sealed interface Fault {

    /** Answered at once with S3's SlowDown throttling error, without asking the server. */
    static ErrorAnswer slowDown() {
        return new ErrorAnswer(503, "Slow Down", "SlowDown", "Please reduce your request rate.");
    }

    /** Answered at once with S3's InternalError, without asking the server. */
    static ErrorAnswer internalError() {
        return new ErrorAnswer(500, "Internal Server Error", "InternalError",
                "We encountered an internal error. Please try again.");
    }

    /** Answered at once as S3 answers credentials that lost their permissions. */
    static ErrorAnswer accessDenied() {
        return new ErrorAnswer(403, "Forbidden", "AccessDenied", "Access Denied");
    }

    /** The server's answer, cut by a TCP reset after {@code bytes} bytes of its body. */
    static BodyFault resetAfter(long bytes) {
        return new BodyFault(BodyFault.Ending.RESET, bytes, Duration.ZERO);
    }

    /** The server's answer with its full Content-Length, but the connection closed after {@code bytes} of its body. */
    static BodyFault truncateAfter(long bytes) {
        return new BodyFault(BodyFault.Ending.TRUNCATE, bytes, Duration.ZERO);
    }

    /** The server's answer, paused after {@code bytes} bytes of its body until the fault is cleared. */
    static BodyFault stallAfter(long bytes) {
        return new BodyFault(BodyFault.Ending.STALL, bytes, BodyFault.UNTIL_CLEARED);
    }

    /** The server's answer, paused after {@code bytes} bytes of its body for {@code pause}, or until cleared. */
    static BodyFault stallAfter(long bytes, Duration pause) {
        return new BodyFault(BodyFault.Ending.STALL, bytes, pause);
    }

    /**
     * The server's answer as a distant store gives it: the body starts {@code firstByte} after the head (or once the
     * fault is cleared), then comes at no more than {@code bytesPerSecond} on each connection (0: as fast as it can).
     */
    static Paced paced(Duration firstByte, long bytesPerSecond) {
        return new Paced(firstByte, bytesPerSecond);
    }

    /** See {@link #paced(Duration, long)}. */
    record Paced(Duration firstByte, long bytesPerSecond) implements Fault {

        @Override
        public String toString() {
            return "first byte after " + firstByte.toMillis() + " ms"
                    + (bytesPerSecond > 0 ? ", at most " + bytesPerSecond + " bytes/s" : "");
        }
    }

    /** An S3 error answered by the proxy itself, with the XML body S3 sends (none for HEAD, as S3 does). */
    record ErrorAnswer(int status, String reason, String code, String message) implements Fault {

        private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

        /**
         * @param closeConnection whether to announce that the connection ends after this answer
         */
        byte[] response(S3Request request, boolean closeConnection) {
            String requestId = UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
            byte[] body = request.method().equals("HEAD") ? new byte[0]
                    : ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
                    + message + "</Message><Resource>" + request.path() + "</Resource><RequestId>" + requestId
                    + "</RequestId></Error>").getBytes(UTF_8);
            String head = "HTTP/1.1 " + status + " " + reason + "\r\n"
                    + "Content-Type: application/xml\r\n"
                    + "Content-Length: " + body.length + "\r\n"
                    + "x-amz-request-id: " + requestId + "\r\n"
                    + "Date: " + HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC)) + "\r\n"
                    + (closeConnection ? "Connection: close\r\n" : "")
                    + "\r\n";
            byte[] headBytes = head.getBytes(UTF_8);
            byte[] response = new byte[headBytes.length + body.length];
            System.arraycopy(headBytes, 0, response, 0, headBytes.length);
            System.arraycopy(body, 0, response, headBytes.length, body.length);
            return response;
        }

        @Override
        public String toString() {
            return status + " " + code;
        }
    }

    /**
     * The server's answer forwarded as it comes, its head and the first {@code afterBytes} bytes of its body (as
     * sent on the wire), and then an ending instead of the rest.
     *
     * @param pause how long a stall lasts at most ({@link #UNTIL_CLEARED}: until the rule is cleared)
     */
    record BodyFault(Ending ending, long afterBytes, Duration pause) implements Fault {

        static final Duration UNTIL_CLEARED = Duration.ofSeconds(Long.MAX_VALUE);

        public enum Ending {
            /** A TCP reset (RST): what a client sees when a server or a middlebox drops the connection. */
            RESET,
            /** A clean close (FIN) before the announced end of the body. */
            TRUNCATE,
            /** Nothing more for a while, the connection open; then the rest of the body if the client still waits. */
            STALL
        }

        @Override
        public String toString() {
            boolean timed = ending == Ending.STALL && !pause.equals(UNTIL_CLEARED);
            return ending + " after " + afterBytes + " bytes" + (timed ? " for " + pause.toMillis() + " ms" : "");
        }
    }
}
