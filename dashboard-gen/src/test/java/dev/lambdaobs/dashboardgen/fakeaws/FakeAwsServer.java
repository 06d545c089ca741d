package dev.lambdaobs.dashboardgen.fakeaws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback HTTP server that speaks the wire protocols of the AWS services dashboard-gen calls:
 * Smithy RPC v2 CBOR (CloudWatch in current SDKs) and AWS JSON 1.1 (CloudWatch Logs). Each
 * operation is answered by a registered {@link Operation}; every request is recorded for assertions.
 */
public final class FakeAwsServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final CBORMapper CBOR = new CBORMapper();

    /** Answers one operation: the request body as a tree, the response body or an {@link AwsError}. */
    @FunctionalInterface
    public interface Operation {
        JsonNode handle(JsonNode request) throws AwsError;
    }

    /** Answers one AWS Query protocol action (CloudFormation): the form parameters, the XML result element's content. */
    @FunctionalInterface
    public interface QueryAction {
        String handle(Map<String, String> parameters) throws AwsError;
    }

    /**
     * Answers one operation whose response is an event stream (StartLiveTail): writes frames to the
     * open response until done, or throws an {@link AwsError} before the first one.
     */
    @FunctionalInterface
    public interface StreamOperation {
        void handle(JsonNode request, java.io.OutputStream stream) throws AwsError, IOException;
    }

    /** A recorded call. */
    public record Call(String protocol, String operation, JsonNode body) {
    }

    private final HttpServer server;
    private final Map<String, Operation> operations = new ConcurrentHashMap<>();
    private final Map<String, QueryAction> queryActions = new ConcurrentHashMap<>();
    private final Map<String, StreamOperation> streams = new ConcurrentHashMap<>();
    private final List<Call> calls = new ArrayList<>();

    private FakeAwsServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        // A streaming answer holds its thread for as long as the client reads; other calls get their own.
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fake-aws");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    public static FakeAwsServer start() {
        try {
            return new FakeAwsServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Registers the answer to {@code operation} (e.g. {@code PutDashboard}). */
    public FakeAwsServer on(String operation, Operation handler) {
        operations.put(operation, handler);
        return this;
    }

    /** Registers the streaming answer to {@code operation} (e.g. {@code StartLiveTail}). */
    public FakeAwsServer onStream(String operation, StreamOperation handler) {
        streams.put(operation, handler);
        return this;
    }

    /** Registers the answer to an AWS Query protocol {@code action} (e.g. {@code ListStackResources}). */
    public FakeAwsServer onQuery(String action, QueryAction handler) {
        queryActions.put(action, handler);
        return this;
    }

    public List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    public List<Call> calls(String operation) {
        return calls().stream().filter(c -> c.operation().equals(operation)).toList();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            if (path.contains("/operation/")) {
                serveCbor(exchange, path.substring(path.lastIndexOf('/') + 1), body);
            } else if (target != null) {
                serveJson(exchange, target.substring(target.indexOf('.') + 1), body);
            } else if (String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")).startsWith("application/x-www-form-urlencoded")) {
                serveQuery(exchange, new String(body, java.nio.charset.StandardCharsets.UTF_8));
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private void serveCbor(HttpExchange exchange, String operation, byte[] body) throws IOException {
        JsonNode request = body.length == 0 ? JSON.createObjectNode() : CBOR.readTree(body);
        record(new Call("rpc-v2-cbor", operation, request));
        exchange.getResponseHeaders().add("smithy-protocol", "rpc-v2-cbor");
        exchange.getResponseHeaders().add("Content-Type", "application/cbor");
        Answer answer = answer(operation, request);
        ObjectNode out = answer.body.isObject() ? (ObjectNode) answer.body : JSON.createObjectNode();
        if (answer.status != 200) {
            out.put("__type", "com.amazonaws.cloudwatch#" + answer.errorCode);
        }
        byte[] bytes = CBOR.writeValueAsBytes(out);
        exchange.sendResponseHeaders(answer.status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private void serveJson(HttpExchange exchange, String operation, byte[] body) throws IOException {
        JsonNode request = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        record(new Call("json-1.1", operation, request));
        StreamOperation stream = streams.get(operation);
        if (stream != null) {
            serveStream(exchange, stream, request);
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
        Answer answer = answer(operation, request);
        ObjectNode out = answer.body.isObject() ? (ObjectNode) answer.body : JSON.createObjectNode();
        if (answer.status != 200) {
            out.put("__type", answer.errorCode);
        }
        byte[] bytes = JSON.writeValueAsBytes(out);
        exchange.sendResponseHeaders(answer.status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private void serveStream(HttpExchange exchange, StreamOperation stream, JsonNode request) throws IOException {
        // The response starts with the first frame, so an AwsError thrown before it is an ordinary error response.
        java.io.OutputStream events = new java.io.OutputStream() {
            private java.io.OutputStream body;

            private java.io.OutputStream body() throws IOException {
                if (body == null) {
                    exchange.getResponseHeaders().add("Content-Type", "application/vnd.amazon.eventstream");
                    exchange.sendResponseHeaders(200, 0);
                    body = exchange.getResponseBody();
                }
                return body;
            }

            @Override
            public void write(int b) throws IOException {
                body().write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                body().write(bytes, offset, length);
                body().flush();
            }
        };
        try {
            stream.handle(request, events);
        } catch (AwsError e) {
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            ObjectNode out = e.extra().deepCopy();
            out.put("message", e.getMessage()).put("__type", e.code());
            byte[] bytes = JSON.writeValueAsBytes(out);
            exchange.sendResponseHeaders(e.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private void serveQuery(HttpExchange exchange, String form) throws IOException {
        Map<String, String> parameters = new java.util.TreeMap<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                parameters.put(java.net.URLDecoder.decode(pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8),
                        java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        String action = parameters.getOrDefault("Action", "");
        record(new Call("query", action, JSON.valueToTree(parameters)));
        QueryAction handler = queryActions.get(action);
        String xml;
        int status = 200;
        try {
            if (handler == null) {
                throw new AwsError(400, "InvalidAction", "fake server has no " + action);
            }
            xml = "<" + action + "Response xmlns=\"http://cloudformation.amazonaws.com/doc/2010-05-15/\"><" + action
                    + "Result>" + handler.handle(parameters) + "</" + action + "Result><ResponseMetadata><RequestId>r-1"
                    + "</RequestId></ResponseMetadata></" + action + "Response>";
        } catch (AwsError e) {
            status = e.status();
            xml = "<ErrorResponse><Error><Type>Sender</Type><Code>" + e.code() + "</Code><Message>" + e.getMessage()
                    + "</Message></Error><RequestId>r-1</RequestId></ErrorResponse>";
        }
        byte[] bytes = xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/xml");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private record Answer(int status, String errorCode, JsonNode body) {
    }

    private Answer answer(String operation, JsonNode request) {
        Operation handler = operations.get(operation);
        if (handler == null) {
            return new Answer(400, "UnknownOperationException",
                    JSON.createObjectNode().put("message", "fake server has no " + operation));
        }
        try {
            return new Answer(200, null, handler.handle(request));
        } catch (AwsError e) {
            ObjectNode body = e.extra().deepCopy();
            body.put("message", e.getMessage());
            return new Answer(e.status(), e.code(), body);
        }
    }

    private void record(Call call) {
        synchronized (calls) {
            calls.add(call);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
