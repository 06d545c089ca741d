package dev.lambdaobs.tracing.otel;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts a span of {@link RecordingTracer} as the SDK's span builder did with our configuration: the parent is the
 * span of the given context (by default the current one); a span with a sampled parent, or with none (a new trace),
 * is recorded; a span under an unsampled parent is not (the API's non-recording span, with an id of its own,
 * never exported). Ids are drawn as the SDK drew them: the span's, then the trace's for a new trace.
 *
 * <pre>{@code
 * Span span = tracer.spanBuilder("DynamoDB.PutItem").setSpanKind(SpanKind.CLIENT).startSpan();
 * }</pre>
 */
final class RecordingSpanBuilder implements SpanBuilder {
    /** A link given before the span starts, added to it when it does. */
    private record PendingLink(SpanContext context, Attributes attributes) {
    }

    private final RecordingTracer tracer;
    private final String name;
    private Context parent;
    private SpanContext remoteParent;
    private boolean noParent;
    private SpanKind kind = SpanKind.INTERNAL;
    private SpanAttributes attributes;
    private List<PendingLink> links;
    private int droppedLinks;
    private long start;

    RecordingSpanBuilder(RecordingTracer tracer, String name) {
        this.tracer = tracer;
        this.name = name == null || name.isBlank() ? "<unspecified span name>" : name;
    }

    @Override
    public SpanBuilder setParent(Context context) {
        if (context != null) {
            parent = context;
            noParent = false;
        }
        return this;
    }

    /** The parent's context itself (Lambda's segment): no context made to carry it. */
    RecordingSpanBuilder setParent(SpanContext context) {
        remoteParent = context;
        return this;
    }

    @Override
    public SpanBuilder setNoParent() {
        noParent = true;
        parent = null;
        return this;
    }

    @Override
    public SpanBuilder addLink(SpanContext context) {
        return addLink(context, Attributes.empty());
    }

    @Override
    public SpanBuilder addLink(SpanContext context, Attributes linkAttributes) {
        // As the SDK: a link to an invalid context is kept (it may carry attributes); past the limit, only counted.
        if (context != null) {
            if (links == null) {
                links = new ArrayList<>(1);
            }
            if (links.size() < OtelLimits.MAX_LINKS_PER_SPAN) {
                links.add(new PendingLink(context, linkAttributes == null ? Attributes.empty() : linkAttributes));
            } else {
                droppedLinks++;
            }
        }
        return this;
    }

    @Override
    public SpanBuilder setAttribute(String key, String value) {
        return setAttribute(AttributeKey.stringKey(key), value);
    }

    @Override
    public SpanBuilder setAttribute(String key, long value) {
        return setAttribute(AttributeKey.longKey(key), value);
    }

    @Override
    public SpanBuilder setAttribute(String key, double value) {
        return setAttribute(AttributeKey.doubleKey(key), value);
    }

    @Override
    public SpanBuilder setAttribute(String key, boolean value) {
        return setAttribute(AttributeKey.booleanKey(key), value);
    }

    @Override
    public <T> SpanBuilder setAttribute(AttributeKey<T> key, T value) {
        attributes().put(key, value);
        return this;
    }

    private SpanAttributes attributes() {
        if (attributes == null) {
            attributes = fresh();
        }
        return attributes;
    }

    private static SpanAttributes fresh() {
        return new SpanAttributes(OtelLimits.MAX_ATTRIBUTES_PER_SPAN, OtelLimits.MAX_ATTRIBUTE_VALUE_LENGTH);
    }

    @Override
    public SpanBuilder setSpanKind(SpanKind spanKind) {
        if (spanKind != null) {
            kind = spanKind;
        }
        return this;
    }

    @Override
    public SpanBuilder setStartTimestamp(long timestamp, TimeUnit unit) {
        if (timestamp >= 0 && unit != null) {
            start = unit.toNanos(timestamp);
        }
        return this;
    }

    @Override
    public Span startSpan() {
        // Handed to this span alone, as the SDK does: a reused builder starts its next span without them.
        SpanAttributes given = attributes;
        List<PendingLink> pending = links;
        int dropped = droppedLinks;
        attributes = null;
        links = null;
        droppedLinks = 0;
        SpanContext parentContext;
        SpanClock clock = null;
        if (remoteParent != null) {
            parentContext = remoteParent;
        } else {
            Span parentSpan = Span.fromContext(noParent ? Context.root() : parent == null ? Context.current() : parent);
            parentContext = parentSpan.getSpanContext();
            if (parentSpan instanceof RecordingSpan local) {
                clock = local.clock();
            }
        }
        long spanId = tracer.ids().nextNonZeroLong();
        TraceIdentity trace;
        boolean sampled;
        if (parentContext.isValid()) {
            trace = parentContext instanceof IdSpanContext ids ? ids.trace() : TraceIdentity.ofHex(parentContext.getTraceId());
            sampled = parentContext.isSampled();
        } else {
            trace = TraceIdentity.of(tracer.ids().nextLong(), tracer.ids().nextNonZeroLong());
            sampled = true;
            parentContext = SpanContext.getInvalid();
        }
        IdSpanContext context = new IdSpanContext(trace, spanId, sampled, false, parentContext.getTraceState());
        if (!sampled) {
            return Span.wrap(context);
        }
        clock = clock == null ? SpanClock.anchored() : clock;
        RecordingSpan span = new RecordingSpan(tracer, name, context, parentContext, kind, clock,
                start != 0 ? start : clock.now(), given != null ? given : fresh());
        if (pending != null) {
            for (PendingLink link : pending) {
                span.addLink(link.context(), link.attributes());
            }
            span.linksDropped(dropped);
        }
        return span;
    }
}
