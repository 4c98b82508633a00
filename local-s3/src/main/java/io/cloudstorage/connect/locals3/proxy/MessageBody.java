package io.cloudstorage.connect.locals3.proxy;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

/**
 * The body of one HTTP/1.1 message as its bytes on the wire (chunk framing included), delimited as RFC 9112
 * section 6.3 says: so that a proxy can copy it unchanged, in parts, and know where the next message starts.
 */
final class MessageBody {

    private final InputStream wire;
    private final boolean endsWithConnection;
    private final byte[] buffer = new byte[64 * 1024];

    private MessageBody(InputStream wire, boolean endsWithConnection) {
        this.wire = wire;
        this.endsWithConnection = endsWithConnection;
    }

    /** A request has a body only if it announces one. */
    static MessageBody ofRequest(HttpHead head, InputStream in) {
        if (head.isChunked()) {
            return new MessageBody(new ChunkedWire(in), false);
        }
        return new MessageBody(new LengthDelimited(in, head.contentLength().orElse(0)), false);
    }

    /** A response's body depends on the request too: answers to HEAD have none, whatever their fields say. */
    static MessageBody ofResponse(HttpHead head, String requestMethod, InputStream in) {
        int status = head.status();
        if ("HEAD".equals(requestMethod) || status < 200 || status == 204 || status == 304) {
            return new MessageBody(InputStream.nullInputStream(), false);
        }
        if (head.isChunked()) {
            return new MessageBody(new ChunkedWire(in), false);
        }
        if (head.contentLength().isPresent()) {
            return new MessageBody(new LengthDelimited(in, head.contentLength().getAsLong()), false);
        }
        return new MessageBody(in, true);
    }

    /** Whether only the end of the connection ends the body, so that the connection cannot carry another message. */
    boolean endsWithConnection() {
        return endsWithConnection;
    }

    /** Copies the rest of the body. */
    void copyTo(OutputStream out) throws IOException {
        copyTo(out, Long.MAX_VALUE);
    }

    /** Copies the next {@code maxBytes} bytes of the body, or the rest of it if that is less. */
    void copyTo(OutputStream out, long maxBytes) throws IOException {
        long left = maxBytes;
        while (left > 0) {
            int n = wire.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                return;
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    /** Copies the rest of the body at no more than {@code bytesPerSecond} (0: as fast as it comes). */
    void copyPaced(OutputStream out, long bytesPerSecond) throws IOException, InterruptedException {
        if (bytesPerSecond <= 0) {
            copyTo(out);
            return;
        }
        // Small writes, each when it is due, rather than a burst and a long pause.
        int step = (int) Math.min(buffer.length, Math.max(1024, bytesPerSecond / 100));
        long started = System.nanoTime();
        long sent = 0;
        int n;
        while ((n = wire.read(buffer, 0, step)) >= 0) {
            out.write(buffer, 0, n);
            out.flush();
            sent += n;
            long early = started + sent * 1_000_000_000L / bytesPerSecond - System.nanoTime();
            if (early > 0) {
                TimeUnit.NANOSECONDS.sleep(early);
            }
        }
    }

    /** Reads the rest of the body without keeping it. */
    void discard() throws IOException {
        copyTo(OutputStream.nullOutputStream());
    }

    /** The next {@code length} bytes, then the end. */
    private static final class LengthDelimited extends InputStream {

        private final InputStream in;
        private long left;

        LengthDelimited(InputStream in, long length) {
            this.in = in;
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left == 0) {
                return -1;
            }
            int n = in.read(buffer, offset, (int) Math.min(length, left));
            if (n < 0) {
                throw new EOFException("The connection ended " + left + " bytes before the end of the body");
            }
            left -= n;
            return n;
        }
    }

    /**
     * A chunked body as sent: each chunk's size line, its data and line end, then the last chunk and the trailer
     * fields up to the empty line that ends the message.
     */
    private static final class ChunkedWire extends InputStream {

        private final InputStream in;
        private byte[] line = new byte[0];
        private int lineRead;
        private long chunkLeft;
        private boolean inTrailer;
        private boolean ended;

        ChunkedWire(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (lineRead < line.length) {
                int n = Math.min(length, line.length - lineRead);
                System.arraycopy(line, lineRead, buffer, offset, n);
                lineRead += n;
                return n;
            }
            if (chunkLeft > 0) {
                int n = in.read(buffer, offset, (int) Math.min(length, chunkLeft));
                if (n < 0) {
                    throw new EOFException("The connection ended in the middle of a chunk");
                }
                chunkLeft -= n;
                return n;
            }
            if (ended) {
                return -1;
            }
            nextLine();
            return read(buffer, offset, length);
        }

        /** Reads a size line or a trailer line, which tells what comes after it. */
        private void nextLine() throws IOException {
            line = readLine();
            lineRead = 0;
            String text = new String(line, ISO_8859_1).trim();
            if (inTrailer) {
                ended = text.isEmpty();
                return;
            }
            int extension = text.indexOf(';');
            long size = Long.parseLong(extension < 0 ? text : text.substring(0, extension).trim(), 16);
            if (size == 0) {
                inTrailer = true;
            } else {
                chunkLeft = size + 2; // the data, then CR LF
            }
        }

        private byte[] readLine() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int b;
            do {
                b = in.read();
                if (b < 0) {
                    throw new EOFException("The connection ended in the middle of a chunked body");
                }
                bytes.write(b);
            } while (b != '\n');
            return bytes.toByteArray();
        }
    }
}
