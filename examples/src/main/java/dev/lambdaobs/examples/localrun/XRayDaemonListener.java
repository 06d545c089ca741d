package dev.lambdaobs.examples.localrun;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Stands in for the X-Ray daemon on 127.0.0.1: every UDP datagram, a header line
 * ({@code {"format":"json","version":1}}) and a body, goes to the sink as received. The body is an X-Ray
 * segment document ({@code xray-sdk} backend) or {@code T1S}/{@code T1U} and a base64 OTLP request
 * ({@code otel} backend).
 *
 * @see <a href="https://docs.aws.amazon.com/xray/latest/devguide/xray-api-sendingdata.html#xray-api-daemon">Sending segment documents to the X-Ray daemon</a>
 */
final class XRayDaemonListener implements AutoCloseable {
    /** The largest UDP datagram payload (65,535 bytes less the IP and UDP headers fits in it). */
    static final int MAX_DATAGRAM_BYTES = 65_535;

    private final DatagramSocket socket;
    private final Thread receiver;

    private XRayDaemonListener(DatagramSocket socket, Consumer<String> datagrams) {
        this.socket = socket;
        this.receiver = new Thread(() -> receive(datagrams), "xray-daemon-listener");
        receiver.setDaemon(true);
        receiver.start();
    }

    /** Listens on a free loopback port and passes each received datagram to {@code datagrams}. */
    static XRayDaemonListener start(Consumer<String> datagrams) throws SocketException {
        return new XRayDaemonListener(new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)), datagrams);
    }

    /** The value for {@code AWS_XRAY_DAEMON_ADDRESS}. */
    String address() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    /** The body of a datagram: everything after the header line. */
    static String documentOf(String datagram) {
        String text = datagram.strip();
        int newline = text.indexOf('\n');
        boolean hasHeader = newline >= 0 && text.substring(0, newline).contains("\"format\"");
        return hasHeader ? text.substring(newline + 1).strip() : text;
    }

    private void receive(Consumer<String> datagrams) {
        byte[] buffer = new byte[MAX_DATAGRAM_BYTES];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (IOException closed) {
                return;
            }
            datagrams.accept(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8));
        }
    }

    @Override
    public void close() throws InterruptedException {
        socket.close();
        receiver.join(1_000);
    }
}
