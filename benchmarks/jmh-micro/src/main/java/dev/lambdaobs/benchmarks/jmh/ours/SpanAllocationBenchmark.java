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
import dev.lambdaobs.tracing.TracingConfig;
import dev.lambdaobs.tracing.TracingStep;
import dev.lambdaobs.tracing.otel.OtelTracing;
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

/**
 * What a child span costs through our OpenTelemetry backend against the bare OpenTelemetry SDK doing the same
 * ({@link BareSdkSpans}): an invocation's root span under Lambda's segment, then {@code childSpans} child
 * spans, each made current, with the annotation {@code OrderId} (listed in {@code aws.xray.annotations}) and,
 * on the first, the metadata value {@code orders.quote}; the ended spans' data handed to an exporter that
 * drops them. Run with {@code -prof gc}: a child span's bytes are the difference between
 * {@code childSpans=2} and {@code childSpans=0}, halved, per {@code impl}. Not final: JMH subclasses it.
 *
 * <p>Run: {@code java -cp jmh-micro.jar org.openjdk.jmh.Main SpanAllocationBenchmark -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SpanAllocationBenchmark {
    private static final int RING = 256;

    /** {@code ours} (the tracing step and our span API) or {@code sdk} (the SDK's API directly). */
    @Param({"ours", "sdk"})
    public String impl;

    @Param({"0", "2"})
    public int childSpans;

    private TracingStep step;
    private Tracer tracer;
    private BareSdkSpans bare;
    private Invocation[] invocations;
    private String[] traceHeaders;
    private int next;
    /**
     * Not a constant: both sides make the metadata's text at run time. Ours takes it through
     * {@code Span.metadata(String, double)}, as a user would: no box.
     */
    private double quote = 42.5;

    @Setup
    public void configure() {
        NullStdout.install();
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("LAMBDA_TASK_ROOT", System.getProperty("java.io.tmpdir"));
        env.put("POWERTOOLS_SERVICE_NAME", "orders");
        env.put("POWERTOOLS_TRACER", "otel");
        PowertoolsConfig config = PowertoolsConfig.from(env);
        tracer = OtelTracing.tracer(TracingConfig.from(config), TraceHeaderLookup.system(), new DroppingExporter());
        step = TracingStep.builder(config).tracer(tracer).captureMode(CaptureMode.DISABLED).build();
        bare = new BareSdkSpans(new DroppingExporter());
        invocations = new Invocation[RING];
        traceHeaders = new String[RING];
        for (int i = 0; i < RING; i++) {
            BenchContext context = Invocations.context(i + 1);
            traceHeaders[i] = context.getXrayTraceId();
            invocations[i] = new Invocation(Invocations.event(i + 1), context, config,
                    InvocationFacts.of(context, config, TraceHeaderLookup.system()), false, Instant.now(), System::nanoTime);
        }
    }

    @Benchmark
    public void invocation() {
        invocation(childSpans, true, true);
    }

    /** One invocation; {@link SpanAllocationReplay} also runs it without the annotation or the metadata. */
    void invocation(int children, boolean annotate, boolean metadata) {
        int i = next;
        next = i + 1 == RING ? 0 : i + 1;
        if ("sdk".equals(impl)) {
            bare.invocation(traceHeaders[i], children, annotate, metadata ? quote : Double.NaN);
            return;
        }
        try (Invocation.Scope current = invocations[i].makeCurrent()) {
            StepScope scope = step.begin(invocations[i]);
            for (int c = 0; c < children; c++) {
                Span child = tracer.startSpan("price");
                if (annotate) {
                    child.annotate("OrderId", "o-42");
                }
                if (c == 0 && metadata) {
                    child.metadata("quote", quote);
                }
                child.end();
            }
            scope.onSuccess(null);
            scope.end();
        }
    }
}
