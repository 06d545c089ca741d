package dev.lambdaobs.metrics;

import software.amazon.cloudwatchlogs.emf.environment.Environment;
import software.amazon.cloudwatchlogs.emf.model.MetricsContext;
import software.amazon.cloudwatchlogs.emf.sinks.ISink;

/**
 * The EMF library's execution environment, answered by us: no probing, no log group, service name
 * or type (the library would turn those into LogGroup/ServiceName/ServiceType dimensions and
 * multiply every metric's cardinality), no extra properties, and our own sink.
 */
final class QuietEnvironment implements Environment {
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
        return "";
    }

    @Override
    public String getType() {
        return "";
    }

    @Override
    public String getLogGroupName() {
        return "";
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
