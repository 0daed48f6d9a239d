package org.commonslibrary.devnode.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

import org.commonslibrary.devnode.DevNodeProcess;

/** Loopback ports for test nodes (and clusters of them), away from a developer's node on 9200/9300. */
public final class FreePorts {

    private FreePorts() {
    }

    /** Distinct ports that were free a moment ago: all are held open together so none is handed out twice. */
    public static List<Integer> allocate(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getByName(DevNodeProcess.LOOPBACK)));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            sockets.forEach(FreePorts::closeQuietly);
        }
    }

    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(DevNodeProcess.LOOPBACK, port), 1000);
            return true;
        } catch (ConnectException refused) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // the port is free either way once the JVM lets go of it
        }
    }
}
