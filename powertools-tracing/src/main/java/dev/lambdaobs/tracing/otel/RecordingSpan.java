package dev.lambdaobs.tracing.otel;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.common.InstrumentationLibraryInfo;
import io.opentelemetry.sdk.common.InstrumentationScopeInfo;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.data.StatusData;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A sampled span of our OpenTelemetry tracer ({@link RecordingTracer}): the API's span while it runs, and once
 * ended its own {@link SpanData} (nothing changes it after {@link #end}), handed to the span processor as the
 * SDK's span would be, without the SDK's copy into an immutable snapshot. It records what the SDK's span records
 * within the same limits (attributes in {@link SpanAttributes}, events and links in {@link SpanEvents}); calls
 * after it ended are ignored, as the SDK ignores them. Safe to change from several threads.
 *
 * <pre>{@code
 * Span span = tracer.spanBuilder("charge").startSpan();
 * span.setAttribute("order_id", "o-1");
 * span.end();
 * }</pre>
 */
final class RecordingSpan implements Span, ReadableSpan, SpanData {
    private final RecordingTracer tracer;
    private final IdSpanContext context;
    private final SpanContext parent;
    private final SpanKind kind;
    private final SpanClock clock;
    private final long start;
    private final SpanAttributes attributes;
    /** Made with the first event or link: most spans have none. */
    private SpanEvents events;
    // Written under the span's lock before ended; read after the span ended (the processor's hand-off orders them).
    private String name;
    private StatusData status = StatusData.unset();
    private long end;
    /** Volatile: read without the lock on every annotation ({@link #isRecording}). */
    private volatile boolean ended;

    RecordingSpan(RecordingTracer tracer, String name, IdSpanContext context, SpanContext parent, SpanKind kind,
                  SpanClock clock, long start, SpanAttributes attributes) {
        this.tracer = tracer;
        this.name = name;
        this.context = context;
        this.parent = parent;
        this.kind = kind;
        this.clock = clock;
        this.start = start;
        this.attributes = attributes;
    }

    SpanClock clock() {
        return clock;
    }

    @Override
    public synchronized <T> Span setAttribute(AttributeKey<T> key, T value) {
        if (!ended) {
            attributes.put(key, value);
        }
        return this;
    }

    @Override
    public Span addEvent(String eventName, Attributes eventAttributes) {
        return addEvent(eventName, eventAttributes, clock.now(), TimeUnit.NANOSECONDS);
    }

    @Override
    public synchronized Span addEvent(String eventName, Attributes eventAttributes, long timestamp, TimeUnit unit) {
        if (!ended && eventName != null && unit != null) {
            events().addEvent(eventName, eventAttributes == null ? Attributes.empty() : eventAttributes, unit.toNanos(timestamp));
        }
        return this;
    }

    @Override
    public synchronized Span setStatus(StatusCode code, String description) {
        // As the SDK: OK is final, UNSET is no change, only an error keeps its description.
        if (code != null && !ended && status.getStatusCode() != StatusCode.OK && code != StatusCode.UNSET) {
            status = StatusData.create(code, code == StatusCode.ERROR ? description : null);
        }
        return this;
    }

    @Override
    public synchronized Span recordException(Throwable exception, Attributes additional) {
        if (!ended && exception != null) {
            events().addException(exception, additional == null ? Attributes.empty() : additional, clock.now());
        }
        return this;
    }

    @Override
    public synchronized Span updateName(String newName) {
        if (!ended && newName != null) {
            name = newName;
        }
        return this;
    }

    @Override
    public synchronized Span addLink(SpanContext linked, Attributes linkAttributes) {
        if (!ended && linked != null) {
            events().addLink(linked, linkAttributes == null ? Attributes.empty() : linkAttributes);
        }
        return this;
    }

    /** Links given to the builder beyond the limit: counted, as those added later are. */
    synchronized void linksDropped(int count) {
        if (count > 0) {
            events().linksDropped(count);
        }
    }

    private SpanEvents events() {
        if (events == null) {
            events = new SpanEvents();
        }
        return events;
    }

    @Override
    public void end() {
        end(clock.now());
    }

    @Override
    public void end(long timestamp, TimeUnit unit) {
        // As the SDK: no unit reads the timestamp as nanoseconds.
        end(timestamp == 0 ? clock.now() : unit == null ? timestamp : unit.toNanos(timestamp));
    }

    private void end(long at) {
        synchronized (this) {
            if (ended) {
                return;
            }
            end = at;
            ended = true;
        }
        tracer.ended(this);
    }

    @Override
    public boolean isRecording() {
        return !ended;
    }

    @Override
    public IdSpanContext getSpanContext() {
        return context;
    }

    @Override
    public SpanContext getParentSpanContext() {
        return parent;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public SpanData toSpanData() {
        return this;
    }

    @Override
    public SpanKind getKind() {
        return kind;
    }

    @Override
    public synchronized <T> T getAttribute(AttributeKey<T> key) {
        return attributes.get(key);
    }

    @Override
    public boolean hasEnded() {
        return ended;
    }

    @Override
    public long getLatencyNanos() {
        return (ended ? end : clock.now()) - start;
    }

    @Override
    public StatusData getStatus() {
        return status;
    }

    @Override
    public long getStartEpochNanos() {
        return start;
    }

    // Once ended nothing changes them: read in place (the exporter's path). While the span runs, another thread may
    // change them: a copy, taken under the span's lock.
    @Override
    public Attributes getAttributes() {
        if (ended) {
            return attributes;
        }
        synchronized (this) {
            return ended ? attributes : Attributes.builder().putAll(attributes).build();
        }
    }

    @Override
    public List<EventData> getEvents() {
        if (ended) {
            return events == null ? List.of() : events.events();
        }
        synchronized (this) {
            return events == null ? List.of() : List.copyOf(events.events());
        }
    }

    @Override
    public List<LinkData> getLinks() {
        if (ended) {
            return events == null ? List.of() : events.links();
        }
        synchronized (this) {
            return events == null ? List.of() : List.copyOf(events.links());
        }
    }

    @Override
    public long getEndEpochNanos() {
        return end;
    }

    @Override
    public int getTotalRecordedEvents() {
        return events == null ? 0 : events.totalEvents();
    }

    @Override
    public int getTotalRecordedLinks() {
        return events == null ? 0 : events.totalLinks();
    }

    @Override
    public int getTotalAttributeCount() {
        return attributes.totalAdded();
    }

    /** Made when asked (only by exporters of the deprecated API): its classes stay unloaded otherwise. */
    @Override
    @Deprecated
    public InstrumentationLibraryInfo getInstrumentationLibraryInfo() {
        return InstrumentationLibraryInfo.create(OtelTracing.SCOPE_NAME, null);
    }

    @Override
    public InstrumentationScopeInfo getInstrumentationScopeInfo() {
        return tracer.scope();
    }

    @Override
    public Resource getResource() {
        return tracer.resource();
    }

    @Override
    public String toString() {
        return "RecordingSpan{name=" + getName() + ", context=" + context + ", parent=" + parent + "}";
    }
}
