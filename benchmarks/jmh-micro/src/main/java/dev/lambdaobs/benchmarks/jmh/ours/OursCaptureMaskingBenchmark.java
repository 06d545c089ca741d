package dev.lambdaobs.benchmarks.jmh.ours;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.lambdaobs.benchmarks.launcher.BenchContext;
import dev.lambdaobs.benchmarks.launcher.Invocations;
import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.invocation.InvocationFacts;
import dev.lambdaobs.core.invocation.TraceHeaderLookup;
import dev.lambdaobs.core.masking.Masking;
import dev.lambdaobs.core.masking.MaskingPolicy;
import dev.lambdaobs.core.masking.PlainMasking;
import dev.lambdaobs.core.pipeline.StepScope;
import dev.lambdaobs.tracing.CaptureMode;
import dev.lambdaobs.tracing.TracerBackend;
import dev.lambdaobs.tracing.TracingStep;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The cost of masking a captured response, per capture: a typical API Gateway response (3 headers, a
 * Set-Cookie, a multi-value header, a 400-byte JSON body holding a token) returned by a handler whose
 * tracing step (otel backend, spans sent by UDP to a socket of this benchmark) captures it:
 * <ul>
 *   <li>{@code stepCaptureMasked}: the step as shipped, the response captured masked;</li>
 *   <li>{@code stepCaptureUnmasked}: the same response, as the maps and lists the capture records, recorded as
 *       the span's metadata without masking (the otel span writes a bean as its {@code toString()}, so the
 *       bean itself would not be the same work);</li>
 *   <li>{@code stepNoCapture}: the step with {@code CaptureMode.DISABLED};</li>
 *   <li>{@code maskPlain} / {@code maskJackson}: the masking alone, without Jackson (otel) and over a
 *       Jackson tree (xray-sdk backend and the logs).</li>
 * </ul>
 * Not final: JMH subclasses it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OursCaptureMaskingBenchmark {
    private static final String BODY = "{\"order_id\":\"o-1042\",\"status\":\"CONFIRMED\",\"customer_id\":\"c-42\","
            + "\"items\":[{\"sku\":\"BOOK-1\",\"quantity\":1,\"price\":12.5},{\"sku\":\"PEN-7\",\"quantity\":3,\"price\":1.2}],"
            + "\"total\":16.1,\"currency\":\"EUR\",\"shipping\":{\"method\":\"standard\",\"eta_days\":3},"
            + "\"access_token\":\"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjLTQyIn0.c2lnbmF0dXJl\","
            + "\"links\":{\"self\":\"/orders/o-1042\",\"receipt\":\"/orders/o-1042/receipt\"}}";

    private final APIGatewayProxyResponseEvent response = new APIGatewayProxyResponseEvent().withStatusCode(201)
            .withHeaders(Map.of("Content-Type", "application/json", "X-Request-Id", "req-1042",
                    "Set-Cookie", "session=6f1c2a; HttpOnly; Secure"))
            .withMultiValueHeaders(Map.of("Cache-Control", List.of("no-store", "no-cache")))
            .withBody(BODY);
    private final MaskingPolicy policy = MaskingPolicy.DEFAULT;
    /** The response as the capture shapes it, unmasked: what {@code stepCaptureUnmasked} records. */
    private final Object unmaskedShape = PlainMasking.maskedValue(response, MaskingPolicy.of(List.of()));

    private DatagramSocket daemon;
    private Invocation invocation;
    private TracingStep masked;
    private TracingStep none;

    @Setup
    public void configure() throws SocketException {
        daemon = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        PowertoolsConfig config = PowertoolsConfig.from(Map.of("LAMBDA_TASK_ROOT", "/var/task",
                "AWS_LAMBDA_FUNCTION_NAME", "bench-orders", "AWS_REGION", "us-east-1",
                "POWERTOOLS_SERVICE_NAME", "orders", "POWERTOOLS_TRACER", "otel",
                "AWS_XRAY_DAEMON_ADDRESS", "127.0.0.1:" + daemon.getLocalPort()));
        masked = TracingStep.builder(config).backend(TracerBackend.OTEL).captureMode(CaptureMode.RESPONSE).build();
        none = TracingStep.builder(config).tracer(masked.tracer()).captureMode(CaptureMode.DISABLED).build();
        BenchContext context = Invocations.context(1);
        invocation = new Invocation(Invocations.event(1), context, config,
                InvocationFacts.of(context, config, TraceHeaderLookup.system()), false, Instant.now(), System::nanoTime);
    }

    @TearDown
    public void close() {
        daemon.close();
    }

    @Benchmark
    public void stepCaptureMasked() {
        StepScope scope = masked.begin(invocation);
        scope.onSuccess(response);
        scope.end();
    }

    @Benchmark
    public void stepCaptureUnmasked() {
        StepScope scope = none.begin(invocation);
        none.tracer().currentSpan().metadata("handleRequest response", unmaskedShape);
        scope.onSuccess(response);
        scope.end();
    }

    @Benchmark
    public void stepNoCapture() {
        StepScope scope = none.begin(invocation);
        scope.onSuccess(response);
        scope.end();
    }

    @Benchmark
    public Object maskPlain() {
        return PlainMasking.maskedValue(response, policy);
    }

    @Benchmark
    public Object maskJackson() {
        return Masking.maskedTree(response, policy);
    }
}
