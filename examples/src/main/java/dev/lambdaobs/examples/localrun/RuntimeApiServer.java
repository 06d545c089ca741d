package dev.lambdaobs.examples.localrun;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A Lambda Runtime API (version 2018-06-01) on 127.0.0.1 for one function: the runtime client
 * long-polls {@code /runtime/invocation/next}, then posts the response or error of that request id.
 *
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html">Lambda runtime API</a>
 */
final class RuntimeApiServer implements AutoCloseable {
    static final String BASE = "/2018-06-01/runtime";
    static final String REQUEST_ID = "Lambda-Runtime-Aws-Request-Id";
    static final String DEADLINE_MS = "Lambda-Runtime-Deadline-Ms";
    static final String FUNCTION_ARN = "Lambda-Runtime-Invoked-Function-Arn";
    static final String TRACE_ID = "Lambda-Runtime-Trace-Id";
    static final String ERROR_TYPE = "Lambda-Runtime-Function-Error-Type";
    /**
     * Largest synchronous response payload.
     *
     * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html">Lambda quotas</a>
     */
    static final int MAX_RESPONSE_BYTES = 6 * 1024 * 1024;
    private static final long POLL_MILLIS = 100;

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(daemonThreads());
    private final BlockingQueue<InvocationRequest> waiting = new LinkedBlockingQueue<>();
    private final Map<String, InvocationRequest> inFlight = new ConcurrentHashMap<>();
    private final AtomicReference<String> initError = new AtomicReference<>();
    /** Guards {@link #polling}; notified when a runtime starts asking for its next event. */
    private final Object pollLock = new Object();
    private int polling;
    private volatile boolean closed;

    private RuntimeApiServer(HttpServer server) {
        this.server = server;
        server.setExecutor(executor);
        server.createContext(BASE + "/invocation/", this::invocation);
        server.createContext(BASE + "/init/error", this::initError);
        server.start();
    }

    /** Starts a server on a free loopback port. */
    static RuntimeApiServer start() throws IOException {
        return new RuntimeApiServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
    }

    /** The value for {@code AWS_LAMBDA_RUNTIME_API}. */
    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues an event for the runtime; its outcome completes when the runtime answers. */
    void submit(InvocationRequest request) {
        String reportedInitError = initError.get();
        if (reportedInitError != null) {
            request.complete(InvocationOutcome.Kind.INIT_ERROR, reportedInitError, "Runtime.InitError");
            return;
        }
        waiting.add(request);
    }

    /** Fails every queued or running invocation, e.g. because the runtime process exited. */
    void failAll(InvocationOutcome.Kind kind, String reason) {
        inFlight.values().forEach(r -> r.complete(kind, reason, "Runtime.ExitError"));
        waiting.forEach(r -> r.complete(kind, reason, "Runtime.ExitError"));
        waiting.clear();
    }

    private void invocation(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring((BASE + "/invocation/").length());
            if (path.equals("next") && exchange.getRequestMethod().equals("GET")) {
                next(exchange);
                return;
            }
            int slash = path.indexOf('/');
            String requestId = slash < 0 ? path : path.substring(0, slash);
            String action = slash < 0 ? "" : path.substring(slash + 1);
            InvocationRequest request = inFlight.get(requestId);
            if (request == null || !exchange.getRequestMethod().equals("POST")) {
                reply(exchange, 400, "{\"errorMessage\":\"unknown request id " + requestId + "\",\"errorType\":\"InvalidRequestID\"}");
                return;
            }
            byte[] body = readAtMost(exchange.getRequestBody(), MAX_RESPONSE_BYTES);
            if (body == null) {
                reply(exchange, 413, "{\"errorMessage\":\"response over " + MAX_RESPONSE_BYTES + " bytes\",\"errorType\":\"RequestEntityTooLarge\"}");
                finish(request, InvocationOutcome.Kind.FUNCTION_ERROR, "", "Function.ResponseSizeTooLarge");
                return;
            }
            String text = new String(body, StandardCharsets.UTF_8);
            switch (action) {
                case "response" -> finish(request, InvocationOutcome.Kind.RESPONSE, text, null);
                case "error" -> finish(request, InvocationOutcome.Kind.FUNCTION_ERROR, text,
                        exchange.getRequestHeaders().getFirst(ERROR_TYPE));
                default -> {
                    reply(exchange, 404, "{\"errorMessage\":\"unknown action " + action + "\"}");
                    return;
                }
            }
            reply(exchange, 202, "{\"status\":\"OK\"}");
        }
    }

    /**
     * Waits until the runtime asks for its next event with no invocation in flight, at most
     * {@code timeoutMillis} or until {@code gone} is true. Lambda freezes an environment at that request,
     * so what the runtime writes after posting its last answer (the client logs a function error after
     * posting it) is still part of the invocation.
     *
     * @return true when the runtime is waiting for its next event
     */
    boolean awaitRuntimeIdle(long timeoutMillis, java.util.function.BooleanSupplier gone) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (pollLock) {
            while (polling == 0 || !inFlight.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || gone.getAsBoolean()) {
                    return false;
                }
                pollLock.wait(Math.min(POLL_MILLIS, Math.max(1, TimeUnit.NANOSECONDS.toMillis(left))));
            }
            return true;
        }
    }

    private void next(HttpExchange exchange) throws IOException {
        InvocationRequest request = null;
        synchronized (pollLock) {
            polling++;
            pollLock.notifyAll();
        }
        try {
            while (request == null && !closed) {
                request = waiting.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            synchronized (pollLock) {
                polling--;
            }
        }
        if (request == null) {
            reply(exchange, 500, "{\"errorMessage\":\"runtime API shutting down\"}");
            return;
        }
        inFlight.put(request.requestId, request);
        request.handedOut();
        var headers = exchange.getResponseHeaders();
        headers.set(REQUEST_ID, request.requestId);
        headers.set(DEADLINE_MS, Long.toString(request.deadlineEpochMillis));
        headers.set(FUNCTION_ARN, request.functionArn);
        headers.set(TRACE_ID, request.traceHeader);
        headers.set("Content-Type", "application/json");
        reply(exchange, 200, request.payload);
    }

    private void initError(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            initError.set(body);
            failAll(InvocationOutcome.Kind.INIT_ERROR, body);
            reply(exchange, 202, "{\"status\":\"OK\"}");
        }
    }

    private void finish(InvocationRequest request, InvocationOutcome.Kind kind, String body, String errorType) {
        inFlight.remove(request.requestId);
        request.complete(kind, body, errorType);
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        return bytes.length > limit ? null : bytes;
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    static java.util.concurrent.ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "local-lambda");
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        closed = true;
        failAll(InvocationOutcome.Kind.CRASHED, "runtime API closed");
        server.stop(0);
        executor.shutdownNow();
    }
}
