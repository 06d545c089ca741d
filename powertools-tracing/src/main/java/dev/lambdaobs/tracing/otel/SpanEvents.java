package dev.lambdaobs.tracing.otel;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.sdk.common.internal.ExceptionAttributeResolver;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.ExceptionEventData;
import io.opentelemetry.sdk.trace.data.LinkData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The events and links of one {@link RecordingSpan}, kept within the SDK's span limits as it keeps them: at most
 * {@link OtelLimits#MAX_EVENTS_PER_SPAN} events and {@link OtelLimits#MAX_LINKS_PER_SPAN} links (later ones counted,
 * not kept), each with at most 128 attributes of at most {@link OtelLimits#MAX_ATTRIBUTE_VALUE_LENGTH} characters.
 * An exception event has the attributes the SDK gives it ({@code exception.type}, {@code .message},
 * {@code .stacktrace}, by the SDK's own resolver, so the stack trace is cut as the SDK cuts it; with an SDK that lacks
 * that internal class, the same attributes rendered by the JDK, {@link #jdkRendered}). Rare (errors and
 * links only), so made per span only when needed. Not thread-safe: the span guards it.
 *
 * <pre>{@code
 * SpanEvents events = new SpanEvents();
 * events.addException(new IllegalStateException("declined"), Attributes.empty(), clock.now());
 * }</pre>
 */
final class SpanEvents {
    // OpenTelemetry's semantic conventions for exception events.
    private static final AttributeKey<String> EXCEPTION_TYPE = AttributeKey.stringKey("exception.type");
    private static final AttributeKey<String> EXCEPTION_MESSAGE = AttributeKey.stringKey("exception.message");
    private static final AttributeKey<String> EXCEPTION_STACKTRACE = AttributeKey.stringKey("exception.stacktrace");
    private final List<EventData> events = new ArrayList<>(1);
    private List<LinkData> links = List.of();
    private int totalEvents;
    private int totalLinks;

    void addEvent(String name, Attributes attributes, long epochNanos) {
        add(EventData.create(epochNanos, name, limited(attributes, OtelLimits.MAX_ATTRIBUTES_PER_EVENT), attributes.size()));
    }

    void addException(Throwable exception, Attributes additional, long epochNanos) {
        SpanAttributes attributes = new SpanAttributes(OtelLimits.MAX_ATTRIBUTES_PER_EVENT,
                OtelLimits.MAX_ATTRIBUTE_VALUE_LENGTH);
        try {
            ExceptionAttributeResolver.getDefault().setExceptionAttributes(attributes::put, exception,
                    OtelLimits.MAX_ATTRIBUTE_VALUE_LENGTH);
        } catch (LinkageError internalClassGone) {
            // The resolver is SDK-internal: an SDK older than 1.53 on the class path (or one that moved it) lacks it.
            jdkRendered(attributes, exception);
        }
        additional.forEach((key, value) -> put(attributes, key, value));
        add(ExceptionEventData.create(epochNanos, exception, attributes, attributes.totalAdded()));
    }

    /**
     * The exception event's attributes without the SDK's resolver: the class' canonical name (as the SDK's), the
     * message and the stack trace as the JDK prints it (cut at the value limit by {@code attributes}). A throwing {@code getMessage()} or
     * {@code toString()} leaves the attributes it could not give out.
     */
    static void jdkRendered(SpanAttributes attributes, Throwable exception) {
        String canonical = exception.getClass().getCanonicalName();
        attributes.put(EXCEPTION_TYPE, canonical != null ? canonical : exception.getClass().getName());
        try {
            String message = exception.getMessage();
            if (message != null) {
                attributes.put(EXCEPTION_MESSAGE, message);
            }
            StringWriter trace = new StringWriter();
            exception.printStackTrace(new PrintWriter(trace));
            attributes.put(EXCEPTION_STACKTRACE, trace.toString());
        } catch (RuntimeException unprintable) {
            // The type alone is still worth recording.
        }
    }

    void linksDropped(int count) {
        totalLinks += count;
    }

    void addLink(SpanContext context, Attributes attributes) {
        totalLinks++;
        if (links.size() < OtelLimits.MAX_LINKS_PER_SPAN) {
            if (links.isEmpty()) {
                links = new ArrayList<>(1);
            }
            links.add(LinkData.create(context, limited(attributes, OtelLimits.MAX_ATTRIBUTES_PER_LINK), attributes.size()));
        }
    }

    private void add(EventData event) {
        totalEvents++;
        if (events.size() < OtelLimits.MAX_EVENTS_PER_SPAN) {
            events.add(event);
        }
    }

    /** {@code attributes} as they are when within the limits (the usual case), else their first {@code capacity}. */
    private static Attributes limited(Attributes attributes, int capacity) {
        boolean within = attributes.size() <= capacity;
        if (within) {
            for (Object value : attributes.asMap().values()) {
                within &= withinLength(value);
            }
        }
        if (within) {
            return attributes;
        }
        SpanAttributes kept = new SpanAttributes(capacity, OtelLimits.MAX_ATTRIBUTE_VALUE_LENGTH);
        attributes.forEach((key, value) -> put(kept, key, value));
        return kept;
    }

    /** False for a string, or a list holding a string, longer than the value limit. */
    private static boolean withinLength(Object value) {
        if (value instanceof String text) {
            return text.length() <= OtelLimits.MAX_ATTRIBUTE_VALUE_LENGTH;
        }
        if (value instanceof List<?> list) {
            for (Object element : list) {
                if (element instanceof String text && text.length() > OtelLimits.MAX_ATTRIBUTE_VALUE_LENGTH) {
                    return false;
                }
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static void put(SpanAttributes attributes, io.opentelemetry.api.common.AttributeKey<?> key, Object value) {
        attributes.put((io.opentelemetry.api.common.AttributeKey<Object>) key, value);
    }

    List<EventData> events() {
        return events;
    }

    List<LinkData> links() {
        return links;
    }

    int totalEvents() {
        return totalEvents;
    }

    int totalLinks() {
        return totalLinks;
    }
}
