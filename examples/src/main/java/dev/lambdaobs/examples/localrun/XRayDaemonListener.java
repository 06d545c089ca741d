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
 * Stands in for the X-Ray daemon on 127.0.0.1: every UDP datagram is a header line
 * ({@code {"format":"json","version":1}}) and one segment document, which goes to the sink.
 *
 * @see <a href="https://docs.aws.amazon.com/xray/latest/devguide/xray-api-sendingdata.html#xray-api-daemon">Sending segment documents to the X-Ray daemon</a>
 */
final class XRayDaemonListener implements AutoCloseable {
    /**
     * Largest segment document the daemon accepts in one datagram.
     *
     * @see <a href="https://docs.aws.amazon.com/xray/latest/devguide/xray-api-segmentdocuments.html">Segment documents (64 kB)</a>
     */
    static final int MAX_DOCUMENT_BYTES = 64 * 1024;

    private final DatagramSocket socket;
    private final Thread receiver;

    private XRayDaemonListener(DatagramSocket socket, Consumer<String> documents) {
        this.socket = socket;
        this.receiver = new Thread(() -> receive(documents), "xray-daemon-listener");
        receiver.setDaemon(true);
        receiver.start();
    }

    /** Listens on a free loopback port and passes each received document to {@code documents}. */
    static XRayDaemonListener start(Consumer<String> documents) throws SocketException {
        return new XRayDaemonListener(new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)), documents);
    }

    /** The value for {@code AWS_XRAY_DAEMON_ADDRESS}. */
    String address() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    /** The document part of a datagram: everything after the header line. */
    static String documentOf(String datagram) {
        String text = datagram.strip();
        int newline = text.indexOf('\n');
        boolean hasHeader = newline >= 0 && text.substring(0, newline).contains("\"format\"");
        return hasHeader ? text.substring(newline + 1).strip() : text;
    }

    private void receive(Consumer<String> documents) {
        byte[] buffer = new byte[MAX_DOCUMENT_BYTES + 1024];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (IOException closed) {
                return;
            }
            String document = documentOf(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8));
            if (!document.isEmpty()) {
                documents.accept(document);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        socket.close();
        receiver.join(1_000);
    }
}
