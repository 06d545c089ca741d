package dev.lambdaobs.benchmarks.jmh.ours;

import dev.lambdaobs.benchmarks.jmh.NullStdout;
import dev.lambdaobs.benchmarks.launcher.BenchContext;
import dev.lambdaobs.benchmarks.launcher.Invocations;
import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.invocation.InvocationFacts;
import dev.lambdaobs.core.invocation.TraceHeaderLookup;
import dev.lambdaobs.core.pipeline.StepScope;
import dev.lambdaobs.tracing.CaptureMode;
import dev.lambdaobs.tracing.Span;
import dev.lambdaobs.tracing.Tracer;
import dev.lambdaobs.tracing.TracingStep;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The tracing path alone, one backend per run ({@code -p backend=otel} or {@code xray-sdk}): a warm invocation's
 * {@code ## handleRequest} span through the tracing step ({@code ColdStart}, {@code Service} and correlation id
 * annotations), two child spans ({@code childSpans}) with an annotation each and one metadata value, and the flush before the
 * handler returns, sent as real UDP datagrams to a socket bound on 127.0.0.1 (not read: the kernel drops what
 * its buffer cannot hold, after the send). Each invocation has its own request id and trace header.
 * Not final: JMH subclasses it.
 *
 * <p>Run: {@code java -cp jmh-micro.jar org.openjdk.jmh.Main OursTracingBenchmark -p backend=otel -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OursTracingBenchmark {
    private static final int RING = 256;

    @Param({"otel", "xray-sdk"})
    public String backend;

    /** Child spans per invocation; {@code -p childSpans=0} is the handler span alone, as the warm benchmark has it. */
    @Param("2")
    public int childSpans;

    private DatagramSocket daemon;
    private TracingStep step;
    private Tracer tracer;
    private Invocation[] invocations;
    private int next;

    @Setup
    public void configure() throws SocketException {
        NullStdout.install();
        daemon = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("LAMBDA_TASK_ROOT", System.getProperty("java.io.tmpdir"));
        env.put("POWERTOOLS_SERVICE_NAME", "orders");
        env.put("POWERTOOLS_TRACER", backend);
        env.put("AWS_XRAY_DAEMON_ADDRESS", "127.0.0.1:" + daemon.getLocalPort());
        env.put("AWS_XRAY_CONTEXT_MISSING", "LOG_ERROR");
        PowertoolsConfig config = PowertoolsConfig.from(env);
        step = TracingStep.builder(config).captureMode(CaptureMode.DISABLED).build();
        tracer = step.tracer();
        invocations = new Invocation[RING];
        for (int i = 0; i < RING; i++) {
            BenchContext context = Invocations.context(i + 1);
            invocations[i] = new Invocation(Invocations.event(i + 1), context, config,
                    InvocationFacts.of(context, config, TraceHeaderLookup.system()), false, Instant.now(), System::nanoTime);
            invocations[i].correlationId("corr-" + (i + 1));
        }
    }

    @Benchmark
    public void invocation() {
        Invocation invocation = invocations[next];
        next = next + 1 == RING ? 0 : next + 1;
        try (Invocation.Scope current = invocation.makeCurrent()) {
            StepScope scope = step.begin(invocation);
            if (childSpans > 0) {
                Span price = tracer.startSpan("price");
                price.annotate("OrderId", "o-42");
                price.metadata("quote", 42.5);
                price.end();
            }
            if (childSpans > 1) {
                Span save = tracer.startSpan("save");
                save.annotate("Table", "orders");
                save.end();
            }
            scope.onSuccess(null);
            scope.end();
        }
    }

    @TearDown
    public void close() {
        daemon.close();
    }
}
