package io.cloudstorage.connect.storage.s3;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP server on 127.0.0.1 that stalls: it answers a GET with the head of a response and the first bytes of its
 * body, then sends nothing more; it answers other requests not at all. Connections stay open until it is closed.
 */
final class StallingServer implements AutoCloseable {

    /** The bytes of the body sent before stalling; the response announces ten times as many. */
    static final int BYTES_BEFORE_STALL = 10;

    private final ServerSocket socket;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    StallingServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "stalling-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket connection : connections) {
            connection.close();
        }
    }

    private void accept() {
        try {
            while (true) {
                Socket connection = socket.accept();
                connections.add(connection);
                Thread answer = new Thread(() -> answer(connection), "stalling-connection");
                answer.setDaemon(true);
                answer.start();
            }
        } catch (IOException closed) {
            // The server was closed.
        }
    }

    private static void answer(Socket connection) {
        try {
            String head = readHead(connection.getInputStream());
            if (head.startsWith("GET ")) {
                OutputStream out = connection.getOutputStream();
                String responseHead = "HTTP/1.1 200 OK\r\nContent-Length: " + 10 * BYTES_BEFORE_STALL
                        + "\r\nETag: \"stalled\"\r\nContent-Type: application/octet-stream\r\n\r\n";
                out.write(responseHead.getBytes(US_ASCII));
                out.write(new byte[BYTES_BEFORE_STALL]);
                out.flush();
            }
        } catch (IOException closed) {
            // The client gave up, or the server was closed.
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }
}
