package dev.lambdaobs.tracing.xray;

import com.amazonaws.xray.AWSXRayRecorder;
import dev.lambdaobs.tracing.Tracer;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Traces AWS SDK for Java v2 calls as {@code aws} subsegments of the current span, through the X-Ray
 * SDK's interceptor. Needs {@code com.amazonaws:aws-xray-recorder-sdk-aws-sdk-v2} on the class path.
 *
 * <pre>{@code
 * DynamoDbClient dynamo = DynamoDbClient.builder()
 *         .overrideConfiguration(c -> c.addExecutionInterceptor(AwsSdkTracing.interceptor(tracer)))
 *         .build();
 * }</pre>
 */
public final class AwsSdkTracing {
    private AwsSdkTracing() {
    }

    /** An interceptor recording calls in {@code tracer}'s traces; it does nothing when the tracer is a no-op. */
    public static ExecutionInterceptor interceptor(Tracer tracer) {
        return tracer.unwrap(AWSXRayRecorder.class)
                .<ExecutionInterceptor>map(LineageTracingInterceptor::new)
                .orElseGet(() -> new ExecutionInterceptor() {
                });
    }
}
