package dev.lambdaobs.tracing.xray;

import dev.lambdaobs.tracing.Tracer;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Moved: use {@link dev.lambdaobs.tracing.downstream.AwsSdkTracing}, which does the same on the X-Ray
 * backend and traces calls on the OpenTelemetry backend too. Replacing the import is the whole migration.
 */
@Deprecated(since = "0.1.0", forRemoval = true)
public final class AwsSdkTracing {
    private AwsSdkTracing() {
    }

    /** Same as {@link dev.lambdaobs.tracing.downstream.AwsSdkTracing#interceptor(Tracer)}. */
    public static ExecutionInterceptor interceptor(Tracer tracer) {
        return dev.lambdaobs.tracing.downstream.AwsSdkTracing.interceptor(tracer);
    }
}
