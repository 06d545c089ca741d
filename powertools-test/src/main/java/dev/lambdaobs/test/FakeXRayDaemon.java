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
import java.util.function.Predicate;

/**
 * An X-Ray daemon stand-in: a UDP listener on 127.0.0.1 (on a free port, or a given one) that receives
 * both formats the daemon accepts after its {@code {"format":"json","version":1}} header line: X-Ray
 * segment documents (what the X-Ray SDK sends) and OTLP spans ({@code T1S}/{@code T1U} and a base64
 * {@code ExportTraceServiceRequest}, what OpenTelemetry sends), which it decodes.
 *
 * <pre>{@code
 * try (FakeXRayDaemon daemon = FakeXRayDaemon.start()) {
 *     // point the tracer at daemon.address(), e.g. AWS_XRAY_DAEMON_ADDRESS in the config map
 *     List<JsonNode> documents = daemon.awaitDocuments(2, Duration.ofSeconds(5));   // X-Ray SDK
 *     List<ReceivedSpan> spans = daemon.awaitSpans(2, Duration.ofSeconds(5));      // OpenTelemetry
 * }
 * }</pre>
 */
public final class FakeXRayDaemon implements AutoCloseable {
    /** The header line the SDK puts before each document. */
    public static final String HEADER = "{\"format\":\"json\",\"version\":1}";
    /** Largest UDP payload; X-Ray segment documents are at most 64 KB. */
    private static final int MAX_DATAGRAM = 65_535;
    /** Room for bursts (thousands of spans in one invocation); Linux caps it at net.core.rmem_max. */
    private static final int RECEIVE_BUFFER = 8 * 1024 * 1024;

    private final DatagramSocket socket;
    private final List<String> datagrams = new ArrayList<>();
    private final List<String> documents = new ArrayList<>();
    private final List<ReceivedSpan> spans = new ArrayList<>();
    private final List<String> malformed = new ArrayList<>();
    private final Thread receiver;

    private FakeXRayDaemon(int port) throws SocketException {
        this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        socket.setReceiveBufferSize(RECEIVE_BUFFER);
        this.receiver = new Thread(this::receive, "fake-xray-daemon-" + socket.getLocalPort());
        receiver.setDaemon(true);
        receiver.start();
    }

    /** Starts listening on a free loopback port. */
    public static FakeXRayDaemon start() {
        return start(0);
    }

    /**
     * Starts listening on 127.0.0.1:{@code port} (such as 2000, where Lambda's daemon listens), or on a free
     * port when {@code port} is 0.
     *
     * @throws UncheckedIOException when the port is taken
     */
    public static FakeXRayDaemon start(int port) {
        try {
            return new FakeXRayDaemon(port);
        } catch (SocketException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
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

    /** Every datagram received so far, as received (header line included), in arrival order. */
    public List<String> rawDatagrams() {
        synchronized (documents) {
            return List.copyOf(datagrams);
        }
    }

    /** The OTLP spans received so far, decoded, in arrival order. */
    public List<ReceivedSpan> spans() {
        synchronized (documents) {
            return List.copyOf(spans);
        }
    }

    /**
     * Waits until at least {@code count} OTLP spans arrived, then returns all of them.
     *
     * @throws AssertionError when they did not arrive in time, listing what did
     */
    public List<ReceivedSpan> awaitSpans(int count, Duration timeout) {
        await(() -> spans.size() >= count, timeout, () -> "expected " + count + " OTLP spans within " + timeout
                + " but received " + spans.size() + ": " + spans.stream().map(ReceivedSpan::name).toList()
                + (malformed.isEmpty() ? "" : "; malformed datagrams: " + malformed.size()));
        return spans();
    }

    /**
     * Waits until at least {@code count} OTLP spans matching {@code which} arrived, then returns those.
     * Prefer this to {@link #awaitSpans(int, Duration)} when several invocations share one daemon: datagrams
     * of an earlier invocation may still be arriving.
     *
     * <pre>{@code
     * List<ReceivedSpan> mine = daemon.awaitSpans(span -> span.xrayTraceId().equals(root), 3, Duration.ofSeconds(5));
     * }</pre>
     *
     * @throws AssertionError when they did not arrive in time, listing what did
     */
    public List<ReceivedSpan> awaitSpans(Predicate<ReceivedSpan> which, int count, Duration timeout) {
        await(() -> spans.stream().filter(which).count() >= count, timeout, () -> "expected " + count
                + " matching OTLP spans within " + timeout + " but received " + spans.stream().filter(which).count()
                + " among " + spans.stream().map(ReceivedSpan::name).toList()
                + (malformed.isEmpty() ? "" : "; malformed datagrams: " + malformed.size()));
        return spans().stream().filter(which).toList();
    }

    /** Datagrams that did not start with the X-Ray header line or did not decode: something malformed was sent. */
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
        await(() -> documents.size() >= count, timeout, () -> "expected " + count + " X-Ray documents within "
                + timeout + " but received " + documents.size() + ": " + documents);
        return documents();
    }

    private void await(java.util.function.BooleanSupplier done, Duration timeout,
                       java.util.function.Supplier<String> failure) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (documents) {
            while (!done.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError(failure.get());
                }
                try {
                    documents.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for the daemon", e);
                }
            }
        }
    }

    /** Forgets what was received so far. */
    public void clear() {
        synchronized (documents) {
            datagrams.clear();
            documents.clear();
            spans.clear();
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
                datagrams.add(text);
                if (newline > 0 && isHeader(text.substring(0, newline))) {
                    body(text, text.substring(newline + 1).trim());
                } else {
                    malformed.add(text);
                }
                documents.notifyAll();
            }
        }
    }

    private void body(String datagram, String body) {
        if (!OtlpDatagrams.isOtlp(body)) {
            documents.add(body);
            return;
        }
        try {
            spans.addAll(OtlpDatagrams.spans(body));
        } catch (IOException | IllegalArgumentException e) {
            malformed.add(datagram);
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
