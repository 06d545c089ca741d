package dev.lambdaobs.test;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An X-Ray daemon stand-in: a UDP listener on 127.0.0.1 on a free port that receives what the real
 * X-Ray SDK sends, strips the {@code {"format":"json","version":1}} header line and keeps the
 * segment documents.
 *
 * <pre>{@code
 * try (FakeXRayDaemon daemon = FakeXRayDaemon.start()) {
 *     // point the SDK at daemon.address(), e.g. AWS_XRAY_DAEMON_ADDRESS in the config map
 *     List<JsonNode> documents = daemon.awaitDocuments(2, Duration.ofSeconds(5));
 * }
 * }</pre>
 */
public final class FakeXRayDaemon implements AutoCloseable {
    /** The header line the SDK puts before each document. */
    public static final String HEADER = "{\"format\":\"json\",\"version\":1}";
    /** Largest UDP payload; X-Ray segment documents are at most 64 KB. */
    private static final int MAX_DATAGRAM = 65_535;

    private final DatagramSocket socket;
    private final List<String> documents = new ArrayList<>();
    private final List<String> malformed = new ArrayList<>();
    private final Thread receiver;

    private FakeXRayDaemon() throws SocketException {
        this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.receiver = new Thread(this::receive, "fake-xray-daemon-" + socket.getLocalPort());
        receiver.setDaemon(true);
        receiver.start();
    }

    /** Starts listening on a free loopback port. */
    public static FakeXRayDaemon start() {
        try {
            return new FakeXRayDaemon();
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code 127.0.0.1:<port>}, the form of {@code AWS_XRAY_DAEMON_ADDRESS}. */
    public String address() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** The documents received so far, as raw JSON text, header stripped. */
    public List<String> rawDocuments() {
        synchronized (documents) {
            return List.copyOf(documents);
        }
    }

    /** The documents received so far, parsed. */
    public List<JsonNode> documents() {
        return JsonLines.parseAll(rawDocuments());
    }

    /** Datagrams that did not start with the X-Ray header line: the SDK sent something malformed. */
    public List<String> malformedDatagrams() {
        synchronized (documents) {
            return List.copyOf(malformed);
        }
    }

    /**
     * Waits until at least {@code count} documents arrived, then returns all of them.
     *
     * @throws AssertionError when they did not arrive in time, listing what did
     */
    public List<JsonNode> awaitDocuments(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (documents) {
            while (documents.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("expected " + count + " X-Ray documents within " + timeout
                            + " but received " + documents.size() + ": " + documents);
                }
                try {
                    documents.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for X-Ray documents", e);
                }
            }
        }
        return documents();
    }

    /** Forgets what was received so far. */
    public void clear() {
        synchronized (documents) {
            documents.clear();
            malformed.clear();
        }
    }

    private void receive() {
        byte[] buffer = new byte[MAX_DATAGRAM];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (IOException e) {
                return; // closed
            }
            String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
            int newline = text.indexOf('\n');
            synchronized (documents) {
                if (newline > 0 && isHeader(text.substring(0, newline))) {
                    documents.add(text.substring(newline + 1).trim());
                } else {
                    malformed.add(text);
                }
                documents.notifyAll();
            }
        }
    }

    /** The SDK writes the header with spaces ({@code {"format": "json", "version": 1}}); compare without them. */
    private static boolean isHeader(String line) {
        return line.replaceAll("\\s", "").equals(HEADER);
    }

    @Override
    public void close() {
        socket.close();
        try {
            receiver.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
