package dev.lambdaobs.benchmarks.harness;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;

/**
 * Keeps the daemon address bound (never read) while the warm and SnapStart runs send spans to it, as in Lambda, where the daemon
 * always listens: with nothing bound, every datagram also costs the kernel an ICMP port-unreachable (about 2 µs
 * of the sender's thread CPU, DIAGNOSIS.md), which no Lambda function pays. Not read, so the listener takes no
 * CPU beside the measured JVM; the kernel drops what does not fit its buffer, after the send has returned.
 *
 * <p>Example: {@code try (BoundDaemonPort daemon = BoundDaemonPort.bind()) { runWarmSections(); }}
 */
final class BoundDaemonPort implements AutoCloseable {
    private final DatagramSocket socket;

    private BoundDaemonPort(DatagramSocket socket) {
        this.socket = socket;
    }

    /** Binds {@link LambdaJvm#XRAY_DAEMON}; when another process holds it, says so and binds nothing. */
    static BoundDaemonPort bind() {
        int port = Integer.parseInt(LambdaJvm.XRAY_DAEMON.substring(LambdaJvm.XRAY_DAEMON.indexOf(':') + 1));
        try {
            return new BoundDaemonPort(new DatagramSocket(port, InetAddress.getLoopbackAddress()));
        } catch (SocketException portTaken) {
            Progress.log("harness: " + LambdaJvm.XRAY_DAEMON + " is taken by another process; the warm runs send to it as it is");
            return new BoundDaemonPort(null);
        }
    }

    boolean bound() {
        return socket != null;
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.close();
        }
    }
}
