package dev.lambdaobs.metrics;

import static dev.lambdaobs.core.schema.MetricNames.*;

import dev.lambdaobs.core.invocation.Invocation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The metrics nobody has to hand-write: ColdStart, and the opt-in invocation metrics. Each goes in
 * its own document with only the {@code Service} and {@code FunctionName} dimensions (Powertools' names), so the
 * user's dimensions never multiply their cardinality and dashboards find them under one fixed set.
 */
final class AutomaticMetrics {
    private static final double NANOS_PER_MILLI = 1_000_000d;

    private AutomaticMetrics() {
    }

    /** {@code ColdStart} = 1 (Count) for the invocation that initialized an on-demand environment. */
    static EmfDocument coldStart(MetricsRuntime runtime, Invocation invocation, StandardProperties standard) {
        Instant at = invocation.startedAt();
        return new EmfDocument(List.of(RecordedMetric.of(COLD_START, 1, MetricUnit.COUNT, Resolution.STANDARD)),
                List.of(dimensions(runtime, invocation)), standard.at(at), at);
    }

    /**
     * {@code HandlerDuration} (ms), {@code HandlerErrors} (0 or 1) and, for HTTP requests, each of
     * {@code Http2xx/4xx/5xx} as 0 or 1 so that Sum counts and Average is the rate.
     */
    static EmfDocument invocation(MetricsRuntime runtime, Invocation invocation, StandardProperties standard,
                                  long durationNanos, Object response, Throwable error) {
        List<RecordedMetric> metrics = new ArrayList<>(5);
        metrics.add(RecordedMetric.of(HANDLER_DURATION, Math.max(0, durationNanos) / NANOS_PER_MILLI,
                MetricUnit.MILLISECONDS, Resolution.STANDARD));
        metrics.add(count(HANDLER_ERRORS, error != null));
        OptionalInt status = HttpStatus.of(invocation.event(), response, error);
        if (status.isPresent()) {
            int statusClass = status.getAsInt() / 100;
            metrics.add(count(HTTP_2XX, statusClass == 2));
            metrics.add(count(HTTP_4XX, statusClass == 4));
            metrics.add(count(HTTP_5XX, statusClass == 5));
        }
        Instant at = runtime.clock().instant();
        return new EmfDocument(metrics, List.of(dimensions(runtime, invocation)), standard.at(at), at);
    }

    private static RecordedMetric count(String name, boolean happened) {
        return RecordedMetric.of(name, happened ? 1 : 0, MetricUnit.COUNT, Resolution.STANDARD);
    }

    private static Dimensions dimensions(MetricsRuntime runtime, Invocation invocation) {
        Dimensions service = runtime.defaults().service();
        String function = runtime.config().functionName().orElse(invocation.facts().functionName());
        return MetricRules.dimension(DIMENSION_FUNCTION_NAME, function) == null
                ? service.with(DIMENSION_FUNCTION_NAME, function) : service;
    }
}
