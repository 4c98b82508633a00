package io.cloudstorage.connect.benchmarks.endtoend.jvm;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Ports for servers the harness starts in other processes, which take a port number, not an open socket. */
public final class LoopbackPorts {

    private LoopbackPorts() {
    }

    /** A port of 127.0.0.1 that was free a moment ago. */
    public static int free() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
