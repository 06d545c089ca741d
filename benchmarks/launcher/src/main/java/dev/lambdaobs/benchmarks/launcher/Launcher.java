package dev.lambdaobs.benchmarks.launcher;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.lang.management.ManagementFactory;

/**
 * Plays the Lambda runtime in a fresh JVM: loads the handler class by name, builds it, invokes it.
 *
 * <ul>
 *   <li>{@code cold <handlerClass>}: one invocation; prints {@link #MARK} on stdout right after it (the
 *       harness counts {@code -Xlog:class+load} lines before it) and a {@code BENCH ...} result line on stderr
 *       with the JVM start and the end of the first invocation (epoch ms, read only after the invocation).</li>
 *   <li>{@code warm <handlerClass> <n>}: n invocations after the first, each with a fresh request id and trace
 *       header (cycled from a pre-built ring); prints the mean µs per invocation of the last half.</li>
 *   <li>{@code cpu <handlerClass> <warmUp> <rounds> <block>}: CPU time and allocation per warm invocation
 *       ({@link WarmCpuRun}).</li>
 *   <li>{@code pair <handlerA> <handlerB> <warmUp> <pairs> <block>}: two handlers in one JVM, warm invocations in
 *       alternating blocks, CPU time ratio B / A per pair ({@link PairedCpuRun}).</li>
 *   <li>{@code snapstart <handlerClass> primed|unprimed <n>}: the first invocation with or without SnapStart
 *       priming ({@link SnapStartRun}).</li>
 * </ul>
 *
 * <p>Example: {@code java -cp variant.jar dev.lambdaobs.benchmarks.launcher.Launcher cold my.Handler}
 */
public final class Launcher {
    /** Printed on stdout right after the first invocation returns. */
    public static final String MARK = "LAMBDAOBS-BENCH-FIRST-INVOCATION-DONE";
    private static final int RING_SIZE = 256;

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        if ("snapstart".equals(args[0])) {
            SnapStartRun.run(args[1], "primed".equals(args[2]), Integer.parseInt(args[3]));
            return;
        }
        if ("pair".equals(args[0])) {
            RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> a = load(args[1]);
            RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> b = load(args[2]);
            requireOk(invokeFirst(a));
            requireOk(invokeFirst(b));
            PairedCpuRun.run(a, b, Integer.parseInt(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            return;
        }
        RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler = load(args[1]);
        APIGatewayProxyResponseEvent first = invokeFirst(handler);
        long firstEndMs = System.currentTimeMillis();
        System.out.println(MARK);
        requireOk(first);
        if ("warm".equals(args[0])) {
            int invocations = Integer.parseInt(args[2]);
            double meanMicros = warmMean(handler, invocations);
            System.err.println("BENCH warm mean_us=" + meanMicros + " invocations=" + (invocations - invocations / 2));
            return;
        }
        if ("cpu".equals(args[0])) {
            WarmCpuRun.run(handler, Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            return;
        }
        long jvmStartMs = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.err.println("BENCH cold jvm_start_ms=" + jvmStartMs + " first_invocation_end_ms=" + firstEndMs
                + " in_process_ms=" + (firstEndMs - jvmStartMs));
    }

    /** Invocation 0, the cold one, with its trace header published as the runtime does. */
    private static APIGatewayProxyResponseEvent invokeFirst(
            RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler) {
        Invocations.publishTraceHeader(Invocations.traceHeader(0));
        return handler.handleRequest(Invocations.event(0), Invocations.context(0));
    }

    /** Mean µs per invocation of the last half of {@code invocations} after the first. */
    static double warmMean(RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler,
                           int invocations) {
        InvocationRing ring = new InvocationRing(RING_SIZE);
        int measuredFrom = invocations / 2;
        long startNanos = 0;
        for (int n = 1; n <= invocations; n++) {
            if (n == measuredFrom + 1) {
                startNanos = System.nanoTime();
            }
            requireOk(ring.invoke(handler));
        }
        return (System.nanoTime() - startNanos) / 1_000.0 / (invocations - measuredFrom);
    }

    /** Loads and builds the handler as the runtime does: by class name, public no-arg constructor. */
    @SuppressWarnings("unchecked")
    public static RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> load(String className)
            throws ReflectiveOperationException {
        return (RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>)
                Class.forName(className).getDeclaredConstructor().newInstance();
    }

    static void requireOk(APIGatewayProxyResponseEvent response) {
        if (response == null || response.getStatusCode() == null || response.getStatusCode() != 200) {
            throw new IllegalStateException("handler did not return 200: " + response);
        }
    }
}
