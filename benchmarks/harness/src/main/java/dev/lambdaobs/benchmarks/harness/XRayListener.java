package dev.lambdaobs.benchmarks.harness;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for the X-Ray daemon on 127.0.0.1:2000 so the harness can check that a tracing variant really
 * sent its {@code ## handleRequest} subsegment (a variant that silently traced nothing would look cheap).
 *
 * <p>Example: {@code try (XRayListener xray = XRayListener.start()) { xray.reset(); ...; xray.subsegments(); }}
 */
final class XRayListener implements AutoCloseable {
    private final DatagramSocket socket;
    private final AtomicInteger subsegments = new AtomicInteger();

    private XRayListener(DatagramSocket socket) {
        this.socket = socket;
        Thread receiver = new Thread(this::receive, "xray-listener");
        receiver.setDaemon(true);
        receiver.start();
    }

    /** Listens on the daemon address, or returns null when the port is taken (checks are then skipped). */
    static XRayListener start() {
        try {
            return new XRayListener(new DatagramSocket(2000, InetAddress.getLoopbackAddress()));
        } catch (SocketException portTaken) {
            System.err.println("harness: 127.0.0.1:2000 is taken, the X-Ray subsegment check is skipped");
            return null;
        }
    }

    void reset() {
        subsegments.set(0);
    }

    /** Datagrams seen since {@link #reset()} that carry the handler's subsegment. */
    int subsegments() {
        return subsegments.get();
    }

    private void receive() {
        byte[] buffer = new byte[64 * 1024];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (IOException closed) {
                return;
            }
            String document = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
            if (document.contains("## handleRequest") || carriesHandlerSpan(document)) {
                subsegments.incrementAndGet();
            }
        }
    }

    /** An OTLP datagram ({@code T1S} and a base64 protobuf, as the OpenTelemetry backend sends) naming the span. */
    private static boolean carriesHandlerSpan(String datagram) {
        int body = datagram.indexOf("\nT1S");
        if (body < 0) {
            return false;
        }
        try {
            byte[] protobuf = java.util.Base64.getDecoder().decode(datagram.substring(body + 4).trim());
            return new String(protobuf, StandardCharsets.ISO_8859_1).contains("## handleRequest");
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
