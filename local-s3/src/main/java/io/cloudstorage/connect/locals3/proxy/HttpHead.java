package io.cloudstorage.connect.locals3.proxy;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The start line and header fields of an HTTP/1.1 message, kept as the bytes received so that a proxy forwards
 * them unchanged (request signatures cover some of them).
 */
final class HttpHead {

    private static final int MAX_SIZE = 64 * 1024;
    /** CR LF CR LF: the last line of a head, then the empty line after it. */
    private static final int END_OF_HEAD = 0x0D0A0D0A;

    private final byte[] raw;
    private final String startLine;
    private final Map<String, String> fields;

    private HttpHead(byte[] raw) {
        this.raw = raw;
        String[] lines = new String(raw, ISO_8859_1).split("\r\n");
        this.startLine = lines[0];
        this.fields = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = lines[i].substring(colon + 1).trim();
                fields.merge(name, value, (first, next) -> first + ", " + next);
            }
        }
    }

    /**
     * Reads a message head up to and including the empty line that ends it.
     *
     * @return the head, or empty if the connection ended before the message began (a client closing an idle
     *         keep-alive connection)
     * @throws EOFException if the connection ended in the middle of the head
     */
    static Optional<HttpHead> read(InputStream in) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        int lastFour = 0;
        while (lastFour != END_OF_HEAD) {
            int b = in.read();
            if (b < 0) {
                if (raw.size() == 0) {
                    return Optional.empty();
                }
                throw new EOFException("The connection ended in the middle of a message head");
            }
            raw.write(b);
            lastFour = lastFour << 8 | b;
            if (raw.size() > MAX_SIZE) {
                throw new IOException("A message head longer than " + MAX_SIZE + " bytes");
            }
        }
        return Optional.of(new HttpHead(raw.toByteArray()));
    }

    /** Like {@link #read}, for a message that must come: an answer to a request sent. */
    static HttpHead readRequired(InputStream in) throws IOException {
        return read(in).orElseThrow(() -> new EOFException("The connection ended before the answer began"));
    }

    byte[] raw() {
        return raw.clone();
    }

    String startLine() {
        return startLine;
    }

    /** A field's value; the values of a repeated field joined with commas, as HTTP allows. */
    Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The status code of a response. */
    int status() {
        String[] parts = startLine.split(" ", 3);
        return Integer.parseInt(parts[1]);
    }

    OptionalLong contentLength() {
        return field("Content-Length").map(value -> OptionalLong.of(Long.parseLong(value)))
                .orElse(OptionalLong.empty());
    }

    boolean isChunked() {
        return hasToken("Transfer-Encoding", "chunked");
    }

    /** Whether a request announces a body, which it sends only after "100 Continue" if it {@link #expectsContinue}. */
    boolean announcesBody() {
        return isChunked() || contentLength().orElse(0) > 0;
    }

    boolean expectsContinue() {
        return hasToken("Expect", "100-continue");
    }

    /** Whether the sender will close the connection after this message. */
    boolean closesConnection() {
        return hasToken("Connection", "close");
    }

    private boolean hasToken(String field, String token) {
        return field(field).map(value -> value.toLowerCase(Locale.ROOT).contains(token)).orElse(false);
    }
}
