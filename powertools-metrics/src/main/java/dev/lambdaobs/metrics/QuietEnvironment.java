package dev.lambdaobs.metrics;

import software.amazon.cloudwatchlogs.emf.environment.Environment;
import software.amazon.cloudwatchlogs.emf.model.MetricsContext;
import software.amazon.cloudwatchlogs.emf.sinks.ISink;

/**
 * The EMF library's execution environment, answered by us: no probing, no extra properties, and our
 * own sink. The library builds LogGroup/ServiceName/ServiceType default dimensions from the answers
 * below on every flush; {@link EmfWriter} sets {@code useDefault=false}, so they are never written
 * (they would multiply every metric's cardinality). The answers are valid dimension values because
 * an empty one makes the library build and swallow an exception, stack trace and all, per flush.
 */
final class QuietEnvironment implements Environment {
    /** Never written: a placeholder the library accepts as a dimension value. */
    private static final String UNUSED = "lambdaobs";

    private final ISink sink;

    QuietEnvironment(ISink sink) {
        this.sink = sink;
    }

    @Override
    public boolean probe() {
        return true;
    }

    @Override
    public String getName() {
        return UNUSED;
    }

    @Override
    public String getType() {
        return UNUSED;
    }

    @Override
    public String getLogGroupName() {
        return UNUSED;
    }

    @Override
    public void configureContext(MetricsContext context) {
        // Nothing: the library's Lambda environment would add executionEnvironment, logStreamId,
        // functionVersion and traceId properties; ours are added explicitly by the batch.
    }

    @Override
    public ISink getSink() {
        return sink;
    }
}
