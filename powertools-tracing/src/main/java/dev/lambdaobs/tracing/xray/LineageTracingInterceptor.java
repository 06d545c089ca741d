package dev.lambdaobs.tracing.xray;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.entities.Subsegment;
import com.amazonaws.xray.interceptors.TracingInterceptor;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * The X-Ray SDK's AWS SDK v2 interceptor on our recorder, with one fix: the SDK writes the outgoing
 * {@code X-Amzn-Trace-Id} from Root, Parent and Sampled only, dropping the invocation's other keys.
 * Lambda uses {@code Lineage} to stop recursive loops through SQS, SNS and S3, so those keys are
 * appended unchanged.
 */
public final class LineageTracingInterceptor extends TracingInterceptor {
    private static final String HEADER = "X-Amzn-Trace-Id";

    private LineageTracingInterceptor(AWSXRayRecorder recorder) {
        super(recorder, null, null);
    }

    /**
     * The interceptor recording into {@code recorder} (our tracer's, not the SDK's global one). Most code
     * uses {@link dev.lambdaobs.tracing.downstream.AwsSdkTracing#interceptor} instead.
     */
    public static ExecutionInterceptor forRecorder(AWSXRayRecorder recorder) {
        return new LineageTracingInterceptor(recorder);
    }

    @Override
    @SuppressWarnings("deprecation") // entityKey is the SDK's only handle on the call's subsegment
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        SdkHttpRequest request = super.modifyHttpRequest(context, attributes);
        Subsegment subsegment = attributes.getAttribute(TracingInterceptor.entityKey);
        if (subsegment == null || !(subsegment.getParentSegment() instanceof InvocationRoot root)) {
            return request;
        }
        return request.firstMatchingHeader(HEADER)
                .map(header -> withOtherKeys(header, root))
                .map(header -> request.toBuilder().putHeader(HEADER, header).build())
                .orElse(request);
    }

    private static String withOtherKeys(String header, InvocationRoot root) {
        StringBuilder out = new StringBuilder(header);
        root.header().others().forEach((key, value) -> {
            if (!header.contains(key + "=")) {
                out.append(';').append(key).append('=').append(value);
            }
        });
        return out.toString();
    }
}
