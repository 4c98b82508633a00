package io.cloudstorage.connect.locals3.proxy;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Optional;

/**
 * One client connection of a {@link FaultInjectingProxy}: its requests one after the other (keep-alive), each
 * forwarded on a connection of its own to the server, or faulted.
 */
final class ProxiedConnection {

    private static final int UPSTREAM_READ_TIMEOUT_MS = 120_000;

    private final FaultInjectingProxy proxy;
    private final Socket client;

    ProxiedConnection(FaultInjectingProxy proxy, Socket client) {
        this.proxy = proxy;
        this.client = client;
    }

    void run() {
        try (client) {
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = new BufferedOutputStream(client.getOutputStream());
            boolean open = true;
            while (open) {
                Optional<HttpHead> head = HttpHead.read(in);
                if (head.isEmpty()) {
                    return;
                }
                S3Request request = S3Request.of(head.get());
                Optional<FaultRule> rule = proxy.claimFault(request);
                open = rule.isPresent() && rule.get().fault() instanceof Fault.ErrorAnswer error
                        ? answer(head.get(), request, error, in, out)
                        : forward(head.get(), request, rule, in, out);
            }
        } catch (IOException e) {
            // Either side ended the connection, which ends this one too: clients see what they would see with S3.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Answers an S3 error in the server's place; returns whether the connection can carry another request. */
    private boolean answer(HttpHead head, S3Request request, Fault.ErrorAnswer error, InputStream in,
                           OutputStream out) throws IOException {
        // A client that waits for "100 Continue" before it sends its body sends none now, and the connection cannot
        // tell where its next request would start: it ends.
        boolean bodyHeld = head.expectsContinue() && head.announcesBody();
        boolean close = bodyHeld || head.closesConnection();
        if (!bodyHeld) {
            MessageBody.ofRequest(head, in).discard();
        }
        proxy.log(new ProxiedRequest(request, error.status(), error));
        out.write(error.response(request, close));
        out.flush();
        return !close;
    }

    /**
     * Forwards the request and the server's answer, cutting the answer's body as a body fault says; returns
     * whether the connection can carry another request.
     */
    private boolean forward(HttpHead head, S3Request request, Optional<FaultRule> rule, InputStream in,
                            OutputStream out) throws IOException, InterruptedException {
        try (Socket server = proxy.connectUpstream()) {
            server.setSoTimeout(UPSTREAM_READ_TIMEOUT_MS);
            InputStream fromServer = new BufferedInputStream(server.getInputStream());
            OutputStream toServer = new BufferedOutputStream(server.getOutputStream());
            MessageBody requestBody = MessageBody.ofRequest(head, in);
            toServer.write(head.raw());
            boolean bodyHeld = head.expectsContinue() && head.announcesBody();
            if (!bodyHeld) {
                requestBody.copyTo(toServer);
            }
            toServer.flush();

            HttpHead response = HttpHead.readRequired(fromServer);
            while (response.status() < 200) {
                out.write(response.raw());
                out.flush();
                if (response.status() == 100 && bodyHeld) {
                    requestBody.copyTo(toServer);
                    toServer.flush();
                    bodyHeld = false;
                }
                response = HttpHead.readRequired(fromServer);
            }
            MessageBody responseBody = MessageBody.ofResponse(response, request.method(), fromServer);
            Fault fault = rule.map(FaultRule::fault).orElse(null);
            proxy.log(new ProxiedRequest(request, response.status(), fault));
            out.write(response.raw());
            if (fault instanceof Fault.BodyFault cut) {
                responseBody.copyTo(out, cut.afterBytes());
                out.flush();
                if (!goesOnAfter(cut, rule.get())) {
                    return false;
                }
            } else if (fault instanceof Fault.Paced paced) {
                out.flush();
                rule.get().awaitCleared(paced.firstByte());
                responseBody.copyPaced(out, paced.bytesPerSecond());
            }
            responseBody.copyTo(out);
            out.flush();
            // A body the client still holds, or one that only the end of the connection delimits, leaves the
            // connection in no state for another request.
            return !bodyHeld && !head.closesConnection() && !response.closesConnection()
                    && !responseBody.endsWithConnection();
        }
    }

    /** Ends the client's connection as the fault says, or stalls it; returns whether the answer goes on. */
    private boolean goesOnAfter(Fault.BodyFault fault, FaultRule rule) throws IOException, InterruptedException {
        switch (fault.ending()) {
            case RESET -> {
                // A zero linger time makes close() send RST instead of FIN, and drop what is still unsent.
                client.setSoLinger(true, 0);
                client.close();
                return false;
            }
            case TRUNCATE -> {
                client.shutdownOutput();
                return false;
            }
            case STALL -> {
                rule.awaitCleared(fault.pause());
                return true;
            }
            default -> throw new IllegalStateException("Unknown ending " + fault.ending());
        }
    }
}
