package io.cloudstorage.connect.locals3.proxy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP/1.1 proxy on 127.0.0.1 in front of an S3 server, which forwards requests and answers byte for byte
 * unless a test schedules a fault: an S3 error instead of the answer, or an answer whose body is cut by a reset,
 * cut short by a clean close, or stalled. It logs every request and what became of it.
 *
 * <p>Clients address it as the S3 endpoint itself ({@link #endpoint()}), with path-style access. The Host field
 * reaches the server as the client sent it, which is what the client signed.
 *
 * <p>Built on plain sockets, one thread per client connection, so that faults are exactly the bytes on the wire.
 */
public final class FaultInjectingProxy implements AutoCloseable {

    private final InetSocketAddress upstream;
    private final ServerSocket server;
    private final ExecutorService threads;
    private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
    private final List<FaultRule> rules = new CopyOnWriteArrayList<>();
    private final List<ProxiedRequest> requests = new ArrayList<>();

    private FaultInjectingProxy(InetSocketAddress upstream, ServerSocket server) {
        this.upstream = upstream;
        this.server = server;
        AtomicInteger connections = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "fault-injecting-proxy-" + connections.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts a proxy on an ephemeral port of 127.0.0.1 in front of the server at {@code upstream}. */
    public static FaultInjectingProxy start(URI upstream) throws IOException {
        int port = upstream.getPort() > 0 ? upstream.getPort() : 80;
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        FaultInjectingProxy proxy = new FaultInjectingProxy(new InetSocketAddress(upstream.getHost(), port), server);
        proxy.threads.execute(proxy::acceptConnections);
        return proxy;
    }

    /** Where clients send their requests instead of to the server, with path-style access. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** Applies {@code fault} to the next {@code times} requests that {@code matcher} selects. */
    public FaultRule faultNext(int times, RequestMatcher matcher, Fault fault) {
        return add(FaultRule.next(times, matcher, fault));
    }

    /** Applies {@code fault} to every request that {@code matcher} selects, until the rule or all are cleared. */
    public FaultRule faultUntilCleared(RequestMatcher matcher, Fault fault) {
        return add(FaultRule.untilCleared(matcher, fault));
    }

    /** Ends every fault, and lets the stalled answers go on. */
    public void clearFaults() {
        for (FaultRule rule : rules) {
            rule.clear();
            rules.remove(rule);
        }
    }

    /** Every request answered so far, in the order of their answers. */
    public List<ProxiedRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** Forgets the requests answered so far, e.g. to count only those of what comes next. */
    public void clearRequests() {
        synchronized (requests) {
            requests.clear();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        clearFaults();
        for (Socket client : clients) {
            client.close();
        }
        threads.shutdownNow();
    }

    @Override
    public String toString() {
        return "FaultInjectingProxy[" + endpoint() + " -> " + upstream + ", faults " + rules + "]";
    }

    /** The first rule that takes this request, if any: rules apply in the order they were added. */
    Optional<FaultRule> claimFault(S3Request request) {
        for (FaultRule rule : rules) {
            if (rule.claim(request)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    void log(ProxiedRequest request) {
        synchronized (requests) {
            requests.add(request);
        }
    }

    Socket connectUpstream() throws IOException {
        Socket socket = new Socket();
        socket.connect(upstream, 10_000);
        return socket;
    }

    private FaultRule add(FaultRule rule) {
        rules.add(rule);
        return rule;
    }

    private void acceptConnections() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                clients.add(client);
                threads.execute(() -> {
                    try {
                        new ProxiedConnection(this, client).run();
                    } finally {
                        clients.remove(client);
                    }
                });
            } catch (IOException e) {
                // The server socket was closed: the proxy stops.
            }
        }
    }
}
