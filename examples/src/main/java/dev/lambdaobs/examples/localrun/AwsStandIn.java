package dev.lambdaobs.examples.localrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;

/**
 * A loopback stand-in for the AWS services the example calls, speaking the AWS JSON 1.0 protocol
 * (an HTTP POST whose {@code X-Amz-Target} header names {@code <ServicePrefix>.<Operation>}). The
 * functions reach it through {@code AWS_ENDPOINT_URL}, so the real AWS SDK v2 signs, sends, parses
 * and is traced exactly as in AWS, and nothing leaves the machine.
 *
 * @see <a href="https://smithy.io/2.0/aws/protocols/aws-json-1_0-protocol.html">AWS JSON 1.0 protocol</a>
 */
final class AwsStandIn implements AutoCloseable {
    /** One service behind the stand-in: answers an operation's request document. */
    interface Service {
        JsonNode handle(String operation, JsonNode request) throws ServiceError;
    }

    /** One call as it arrived: its {@code X-Amz-Target} and its {@code X-Amzn-Trace-Id} (empty when absent). */
    record Call(String target, String traceHeader) {
    }

    /** An AWS error response: HTTP 400 with {@code __type} and {@code message}. */
    static final class ServiceError extends Exception {
        final String type;

        ServiceError(String type, String message) {
            super(message);
            this.type = type;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTENT_TYPE = "application/x-amz-json-1.0";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, RuntimeApiServer.daemonThreads());
    private final Map<String, Service> services;
    private final ConcurrentMap<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final List<Call> traced = new CopyOnWriteArrayList<>();

    private AwsStandIn(HttpServer server, Map<String, Service> services) {
        this.server = server;
        this.services = Map.copyOf(services);
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
    }

    /** Starts on a free loopback port; {@code services} is keyed by target prefix, e.g. {@code DynamoDB_20120810}. */
    static AwsStandIn start(Map<String, Service> services) throws IOException {
        return new AwsStandIn(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0), services);
    }

    /** The value for {@code AWS_ENDPOINT_URL}. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How often each {@code Prefix.Operation} was called, sorted by name. */
    Map<String, Long> calls() {
        Map<String, Long> counts = new TreeMap<>();
        calls.forEach((target, count) -> counts.put(target, count.sum()));
        return counts;
    }

    /** Every call served, in order, with its trace header. */
    List<Call> tracedCalls() {
        return List.copyOf(traced);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String target = String.valueOf(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
            int dot = target.indexOf('.');
            Service service = dot < 0 ? null : services.get(target.substring(0, dot));
            byte[] response;
            int status = 200;
            try {
                if (service == null) {
                    throw new ServiceError("UnknownOperationException", "no stand-in for target " + target);
                }
                JsonNode request = JSON.readTree(exchange.getRequestBody());
                calls.computeIfAbsent(target, t -> new LongAdder()).increment();
                String traceHeader = exchange.getRequestHeaders().getFirst("X-Amzn-Trace-Id");
                traced.add(new Call(target, traceHeader == null ? "" : traceHeader));
                response = JSON.writeValueAsBytes(service.handle(target.substring(dot + 1), request));
            } catch (ServiceError error) {
                status = 400;
                response = JSON.writeValueAsBytes(Map.of("__type", error.type, "message", error.getMessage()));
            }
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            exchange.getResponseHeaders().set("x-amzn-RequestId", java.util.UUID.randomUUID().toString());
            exchange.sendResponseHeaders(status, response.length);
            exchange.getResponseBody().write(response);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
