package dev.lambdaobs.tracing.downstream;

import com.amazonaws.xray.AWSXRayRecorder;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.tracing.Tracer;
import dev.lambdaobs.tracing.xray.LineageTracingInterceptor;
import java.util.Optional;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Traces AWS SDK for Java v2 calls on whichever backend the tracer has: OpenTelemetry CLIENT spans
 * ({@code DynamoDb.PutItem}, {@code rpc.system=aws-api}) or X-Ray {@code aws} subsegments. Either way
 * the call carries {@code X-Amzn-Trace-Id} with the call's span as Parent and the invocation's
 * {@code Lineage}. With a no-op tracer it does nothing.
 *
 * <pre>{@code
 * DynamoDbClient dynamo = DynamoDbClient.builder()
 *         .overrideConfiguration(c -> c.addExecutionInterceptor(AwsSdkTracing.interceptor(tracer)))
 *         .build();
 * }</pre>
 */
public final class AwsSdkTracing {
    private static final ExecutionInterceptor NOOP = new ExecutionInterceptor() {
    };

    private AwsSdkTracing() {
    }

    /** An interceptor recording calls in {@code tracer}'s traces; problems go to standard error, once each. */
    public static ExecutionInterceptor interceptor(Tracer tracer) {
        return interceptor(tracer, Diagnostics.stderr());
    }

    /**
     * The same, reporting its own problems to {@code diagnostics}. The X-Ray backend needs
     * {@code com.amazonaws:aws-xray-recorder-sdk-aws-sdk-v2} on the class path; the OpenTelemetry one
     * needs nothing more.
     */
    public static ExecutionInterceptor interceptor(Tracer tracer, Diagnostics diagnostics) {
        var otel = tracer.unwrap(io.opentelemetry.api.trace.Tracer.class);
        if (otel.isPresent()) {
            return new OtelAwsSdkInterceptor(otel.get(), tracer, diagnostics);
        }
        Optional<AWSXRayRecorder> recorder = tracer.unwrap(AWSXRayRecorder.class);
        if (recorder.isPresent()) {
            try {
                return LineageTracingInterceptor.forRecorder(recorder.get());
            } catch (NoClassDefFoundError missing) {
                diagnostics.warnOnce("tracing.aws-sdk.xray", "AWS SDK calls are not traced: the X-Ray backend needs"
                        + " com.amazonaws:aws-xray-recorder-sdk-aws-sdk-v2 on the class path (" + missing.getMessage() + ")");
            }
        }
        return NOOP;
    }
}
