package dev.lambdaobs.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A loopback port nothing answers on, held until closed, for tests of "nobody there": no other process (a
 * server or daemon of a test running beside) can bind it meanwhile, as it can a port found free and closed
 * before use, which then reaches whatever took it.
 *
 * <ul>
 *   <li>{@link #tcp()}: a socket bound and not listening: every connection is refused.
 *   <li>{@link #udp()}: a datagram socket bound and connected to itself, so the kernel hands it nothing from
 *       anyone else and answers their datagrams with ICMP port unreachable, as when nothing is bound (no X-Ray
 *       daemon): each datagram is lost, and a connected sender is told so.
 * </ul>
 *
 * <pre>{@code
 * try (RefusingPort noDaemon = RefusingPort.udp()) {
 *     env.put("AWS_XRAY_DAEMON_ADDRESS", noDaemon.address());
 *     // invoke: the handler's result is unchanged, the spans are lost
 * }
 * }</pre>
 */
public final class RefusingPort implements AutoCloseable {
    private final AutoCloseable socket;
    private final int port;

    private RefusingPort(AutoCloseable socket, int port) {
        this.socket = socket;
        this.port = port;
    }

    /** A TCP port on 127.0.0.1 bound and not listening: connections to it are refused. */
    public static RefusingPort tcp() {
        Socket socket = new Socket();
        try {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return new RefusingPort(socket, socket.getLocalPort());
        } catch (IOException e) {
            closeQuietly(socket, e);
            throw new UncheckedIOException("could not bind a loopback TCP port", e);
        }
    }

    /** A UDP port on 127.0.0.1 that takes no one's datagram: each is answered ICMP port unreachable. */
    public static RefusingPort udp() {
        DatagramSocket socket = null;
        try {
            socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            // Connected to itself: the kernel delivers it only its own datagrams, and answers others' as unbound.
            socket.connect(socket.getLocalSocketAddress());
            return new RefusingPort(socket, socket.getLocalPort());
        } catch (IOException e) {
            closeQuietly(socket, e);
            throw new UncheckedIOException("could not bind a loopback UDP port", e);
        }
    }

    /** The port number. */
    public int port() {
        return port;
    }

    /** {@code 127.0.0.1:port}, as {@code AWS_XRAY_DAEMON_ADDRESS} takes it. */
    public String address() {
        return "127.0.0.1:" + port;
    }

    /** Releases the port. */
    @Override
    public void close() {
        closeQuietly(socket, null);
    }

    private static void closeQuietly(AutoCloseable socket, Exception cause) {
        if (socket == null) {
            return;
        }
        try {
            socket.close();
        } catch (Exception e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
        }
    }
}
