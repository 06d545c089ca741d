package dev.lambdaobs.examples.support;

import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.invocation.TraceHeader;
import dev.lambdaobs.test.FakeXRayDaemon;
import dev.lambdaobs.test.ReceivedSpan;
import dev.lambdaobs.test.LambdaEnvironment;
import dev.lambdaobs.tracing.Tracer;
import dev.lambdaobs.tracing.Tracers;
import dev.lambdaobs.core.config.ConfigurationProvider;
import java.time.Duration;
import java.util.List;

/**
 * Points the woven {@code @Tracing} aspect (registered in {@code META-INF/services}) and the
 * handlers' own tracer at one loopback X-Ray daemon stand-in, as the tracing README advises for tests.
 * The backend is the template's: OpenTelemetry ({@code POWERTOOLS_TRACER=otel}), its spans decoded by
 * the stand-in.
 */
public final class ExampleTracing implements ConfigurationProvider {
    private static final FakeXRayDaemon DAEMON = FakeXRayDaemon.start();
    private static final Tracer TRACER = Tracers.of(serviceConfig());

    /** The daemon every traced test invocation sends to; {@link FakeXRayDaemon#clear()} it per test. */
    public static FakeXRayDaemon daemon() {
        return DAEMON;
    }

    /** The handlers' tracer, on the same daemon. */
    public static Tracer tracer() {
        return TRACER;
    }

    /** A Lambda environment of the example service with the daemon's address. */
    public static LambdaEnvironment environment(String functionName) {
        return LambdaEnvironment.onDemand(functionName).service("orders")
                .set("POWERTOOLS_METRICS_NAMESPACE", "LambdaObsExample")
                .set("POWERTOOLS_TRACER", "otel")
                .xrayDaemon(DAEMON.address());
    }

    @Override
    public PowertoolsConfig config() {
        return serviceConfig();
    }

    /** The spans of the invocation whose trace header is {@code traceHeader}, once {@code count} arrived. */
    public static List<ReceivedSpan> spansOf(String traceHeader, int count) {
        String root = TraceHeader.parse(traceHeader).orElseThrow().root();
        return DAEMON.awaitSpans(span -> span.xrayTraceId().equals(root), count, Duration.ofSeconds(5));
    }

    /**
     * The span named {@code name} in the trace of {@code traceHeader}, waited for by name: an invocation's
     * spans may come in more than one datagram, so waiting for a count of them does not say which arrived.
     */
    public static ReceivedSpan spanOf(String traceHeader, String name) {
        String root = TraceHeader.parse(traceHeader).orElseThrow().root();
        return named(DAEMON.awaitSpans(span -> span.xrayTraceId().equals(root) && span.name().equals(name), 1,
                Duration.ofSeconds(5)).stream().filter(span -> span.xrayTraceId().equals(root)).toList(), name);
    }

    /** The span named {@code name} among {@code spans}. */
    public static ReceivedSpan named(List<ReceivedSpan> spans, String name) {
        return spans.stream().filter(span -> span.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no span " + name + " in " + spans));
    }

    private static PowertoolsConfig serviceConfig() {
        return PowertoolsConfig.from(environment("example").toMap());
    }
}
