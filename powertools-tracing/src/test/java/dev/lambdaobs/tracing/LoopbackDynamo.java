package dev.lambdaobs.tracing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A DynamoDB stand-in on 127.0.0.1 speaking the JSON protocol: answers every call with a fixed status
 * and body, and keeps the {@code X-Amzn-Trace-Id} and {@code traceparent} headers of each request (empty
 * when absent). Plain HTTP clients may call it too.
 */
final class LoopbackDynamo implements AutoCloseable {
    static final String REQUEST_ID = "REQ0123456789ABCDEF";

    private final HttpServer server;
    private final List<String> traceHeaders = new CopyOnWriteArrayList<>();
    private final List<String> traceparents = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String body = "{\"Item\":{\"id\":{\"S\":\"o-1\"}}}";

    LoopbackDynamo() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Every later call fails as DynamoDB does for a missing table. */
    void failWithResourceNotFound() {
        status = 400;
        body = "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException\","
                + "\"message\":\"Requested resource not found\"}";
    }

    List<String> traceHeaders() {
        return List.copyOf(traceHeaders);
    }

    List<String> traceparents() {
        return List.copyOf(traceparents);
    }

    /** Every later call answers {@code status} with an empty JSON object. */
    void answer(int status) {
        this.status = status;
        this.body = "{}";
    }

    private void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String header = exchange.getRequestHeaders().getFirst("X-Amzn-Trace-Id");
        traceHeaders.add(header == null ? "" : header);
        String traceparent = exchange.getRequestHeaders().getFirst("traceparent");
        traceparents.add(traceparent == null ? "" : traceparent);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
        exchange.getResponseHeaders().add("x-amzn-RequestId", REQUEST_ID);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
