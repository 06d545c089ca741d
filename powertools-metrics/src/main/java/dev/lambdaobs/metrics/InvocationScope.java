package dev.lambdaobs.metrics;

import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.pipeline.StepScope;

/** One invocation's view of the metrics step: records the outcome, then flushes once at the end. */
final class InvocationScope implements StepScope {
    private final MetricsRuntime runtime;
    private final Invocation invocation;
    private final StandardProperties standard;
    private final MetricsBatch batch;
    private final Invocation.Scope activation;
    private Object response;
    private Throwable error;

    InvocationScope(MetricsRuntime runtime, Invocation invocation, StandardProperties standard, MetricsBatch batch,
                    Invocation.Scope activation) {
        this.runtime = runtime;
        this.invocation = invocation;
        this.standard = standard;
        this.batch = batch;
        this.activation = activation;
    }

    @Override
    public void onSuccess(Object response) {
        this.response = response;
    }

    @Override
    public void onError(Throwable error) {
        this.error = error;
    }

    @Override
    public void end() {
        long duration = invocation.elapsedNanos();
        try {
            batch.close();
            if (runtime.config().invocationMetrics()) {
                runtime.write(AutomaticMetrics.invocation(runtime, invocation, standard, duration, response, error));
            }
        } finally {
            activation.close();
        }
    }
}
