package dev.lambdaobs.tracing.downstream;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.invocation.TraceHeader;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.util.Optional;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Each AWS SDK v2 call as an OpenTelemetry CLIENT span ({@code DynamoDb.PutItem}) under the caller's
 * current span, with the semantic conventions' attributes, and the call's {@code X-Amzn-Trace-Id}
 * naming that span as Parent. A call made outside any span is neither traced nor changed. A failure of
 * the tracing itself is reported once and never reaches the call.
 */
final class OtelAwsSdkInterceptor implements ExecutionInterceptor {
    static final AttributeKey<String> RPC_SYSTEM = AttributeKey.stringKey("rpc.system");
    static final AttributeKey<String> RPC_SERVICE = AttributeKey.stringKey("rpc.service");
    static final AttributeKey<String> RPC_METHOD = AttributeKey.stringKey("rpc.method");
    static final AttributeKey<String> AWS_REQUEST_ID = AttributeKey.stringKey("aws.request_id");
    static final AttributeKey<Long> HTTP_STATUS = AttributeKey.longKey("http.response.status_code");
    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    static final String AWS_API = "aws-api";
    /** Response headers carrying the request id, by protocol family. */
    private static final String[] REQUEST_ID_HEADERS = {"x-amzn-RequestId", "x-amzn-request-id", "x-amz-request-id"};
    private static final ExecutionAttribute<Call> CALL = new ExecutionAttribute<>("lambdaobs.tracing.otel.call");

    /** The span of one call and the header its request carries. */
    private record Call(Span span, String traceHeader) {
    }

    private final Tracer otel;
    private final dev.lambdaobs.tracing.Tracer tracer;
    private final Diagnostics diagnostics;

    OtelAwsSdkInterceptor(Tracer otel, dev.lambdaobs.tracing.Tracer tracer, Diagnostics diagnostics) {
        this.otel = otel;
        this.tracer = tracer;
        this.diagnostics = diagnostics;
    }

    @Override
    public void beforeExecution(software.amazon.awssdk.core.interceptor.Context.BeforeExecution context,
                                ExecutionAttributes attributes) {
        try {
            Context parent = Context.current();
            if (!Span.fromContext(parent).getSpanContext().isValid()) {
                return;
            }
            String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
            String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
            Span span = otel.spanBuilder(service + '.' + operation)
                    .setParent(parent)
                    .setSpanKind(SpanKind.CLIENT)
                    .setAttribute(RPC_SYSTEM, AWS_API)
                    .setAttribute(RPC_SERVICE, service)
                    .setAttribute(RPC_METHOD, operation)
                    .startSpan();
            AwsResourceAttributes.record(service, context.request(), span);
            Optional<TraceHeader> origin = tracer.downstreamTraceHeader().flatMap(TraceHeader::parse);
            attributes.putAttribute(CALL, new Call(span, PropagationHeaders.xray(span.getSpanContext(), origin)));
        } catch (RuntimeException e) {
            diagnostics.failureOnce("tracing.aws-sdk.start", e);
        }
    }

    @Override
    public SdkHttpRequest modifyHttpRequest(software.amazon.awssdk.core.interceptor.Context.ModifyHttpRequest context,
                                            ExecutionAttributes attributes) {
        Call call = attributes.getAttribute(CALL);
        if (call == null) {
            return context.httpRequest();
        }
        return context.httpRequest().toBuilder().putHeader(PropagationHeaders.XRAY, call.traceHeader()).build();
    }

    @Override
    public void afterExecution(software.amazon.awssdk.core.interceptor.Context.AfterExecution context,
                               ExecutionAttributes attributes) {
        Call call = attributes.getAttribute(CALL);
        if (call != null) {
            end(call.span(), Optional.of(context.httpResponse()), null);
        }
    }

    @Override
    public void onExecutionFailure(software.amazon.awssdk.core.interceptor.Context.FailedExecution context,
                                   ExecutionAttributes attributes) {
        Call call = attributes.getAttribute(CALL);
        if (call != null) {
            end(call.span(), context.httpResponse(), context.exception());
        }
    }

    private void end(Span span, Optional<SdkHttpResponse> response, Throwable failure) {
        try {
            response.ifPresent(r -> {
                span.setAttribute(HTTP_STATUS, (long) r.statusCode());
                requestId(r).ifPresent(id -> span.setAttribute(AWS_REQUEST_ID, id));
            });
            if (failure != null) {
                span.recordException(failure);
                span.setAttribute(ERROR_TYPE, failure.getClass().getName());
                span.setStatus(StatusCode.ERROR, String.valueOf(failure.getMessage()));
            }
        } catch (RuntimeException e) {
            diagnostics.failureOnce("tracing.aws-sdk.end", e);
        } finally {
            span.end();
        }
    }

    private static Optional<String> requestId(SdkHttpResponse response) {
        for (String header : REQUEST_ID_HEADERS) {
            Optional<String> id = response.firstMatchingHeader(header);
            if (id.isPresent()) {
                return id;
            }
        }
        return Optional.empty();
    }
}
