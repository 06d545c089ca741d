package dev.lambdaobs.logging.log4j;

import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.logging.LogLimits;
import dev.lambdaobs.logging.json.ErrorFields;
import dev.lambdaobs.logging.json.InvocationFields;
import dev.lambdaobs.logging.json.JsonKeys;
import dev.lambdaobs.logging.json.JsonLineWriter;
import dev.lambdaobs.logging.json.LocationFields;
import dev.lambdaobs.logging.json.Timestamps;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.Node;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginAttribute;
import org.apache.logging.log4j.core.config.plugins.PluginFactory;
import org.apache.logging.log4j.core.layout.AbstractStringLayout;
import org.apache.logging.log4j.core.layout.ByteBufferDestination;
import org.apache.logging.log4j.core.time.Instant;

/**
 * The shipped configuration's layout: the same JSON line, byte for byte, as {@code JsonTemplateLayout}
 * with our template {@code dev/lambdaobs/logging/LambdaJsonLayout.json} and the {@code lambdaobs}
 * resolvers ({@code timestamp}, {@code level}, {@code message}, {@code logger}, the invocation keys, the
 * user's keys, {@code error}, {@code location}), written with powertools-logging's {@link JsonLineWriter}
 * as the Logback backend writes it. Why a layout of our own: {@code JsonTemplateLayout} reads and compiles
 * its template and instantiates every resolver factory when it starts (about 90 classes at cold start),
 * for a line whose shape is fixed. {@code JsonTemplateLayout} and our resolvers still work in a
 * configuration of the function's own. Garbage-free per event.
 *
 * <pre>{@code
 * appender.stdout.type = LambdaStdout            # log4j2 properties configuration
 * appender.stdout.name = stdout
 * appender.stdout.layout.type = LambdaJsonLayout
 * appender.stdout.layout.maxStringLength = 32768
 * }</pre>
 */
@Plugin(name = "LambdaJsonLayout", category = Node.CATEGORY, elementType = Layout.ELEMENT_TYPE, printObject = true)
public final class LambdaJsonLayout extends AbstractStringLayout {
    private static final String TIMESTAMP = JsonKeys.prefix(LogFields.TIMESTAMP);
    private static final String LEVEL = JsonKeys.prefix(LogFields.LEVEL);
    private static final String LOGGER = JsonKeys.prefix(LogFields.LOGGER);
    /** What {@code JsonTemplateLayout} ends a line with by default. */
    private static final String EVENT_DELIMITER = System.lineSeparator();
    private static final Map<String, String> CONTENT_FORMAT = Map.of("version", "1");

    private final int maxStringLength;
    private final String truncatedStringSuffix;
    private final ThreadLocal<Line> lines;

    private LambdaJsonLayout(int maxStringLength, String truncatedStringSuffix) {
        super(StandardCharsets.UTF_8);
        if (maxStringLength < 1) {
            throw new IllegalArgumentException("LambdaJsonLayout: maxStringLength must be at least 1: " + maxStringLength);
        }
        this.maxStringLength = maxStringLength;
        this.truncatedStringSuffix = truncatedStringSuffix;
        this.lines = ThreadLocal.withInitial(this::newLine);
    }

    /**
     * The layout.
     *
     * @param maxStringLength longest string value written, in chars ({@link LogLimits#MAX_STRING_LENGTH} unless set)
     * @param truncatedStringSuffix what a cut string ends with ({@link LogLimits#TRUNCATION_MARKER} unless set)
     */
    @PluginFactory
    public static LambdaJsonLayout createLayout(
            @PluginAttribute(value = "maxStringLength", defaultInt = LogLimits.MAX_STRING_LENGTH) int maxStringLength,
            @PluginAttribute(value = "truncatedStringSuffix", defaultString = LogLimits.TRUNCATION_MARKER)
            String truncatedStringSuffix) {
        return new LambdaJsonLayout(maxStringLength,
                truncatedStringSuffix == null ? LogLimits.TRUNCATION_MARKER : truncatedStringSuffix);
    }

    @Override
    public String toSerializable(LogEvent event) {
        Line line = lines.get();
        if (line.inUse) {
            return newLine().write(event).toString();
        }
        try {
            return line.write(event).toString();
        } finally {
            line.release();
        }
    }

    /** Writes the line into this thread's buffer and encodes it to {@code destination}: no allocation per event. */
    @Override
    public void encode(LogEvent event, ByteBufferDestination destination) {
        Line line = lines.get();
        if (line.inUse) {
            // A line formatted while this thread's is being written (a toString() that logs): a buffer of its own.
            getStringBuilderEncoder().encode(newLine().write(event), destination);
            return;
        }
        try {
            getStringBuilderEncoder().encode(line.write(event), destination);
        } finally {
            line.release();
        }
    }

    @Override
    public String getContentType() {
        return "application/json; charset=" + getCharset();
    }

    @Override
    public Map<String, String> getContentFormat() {
        return CONTENT_FORMAT;
    }

    private Line newLine() {
        return new Line(new JsonLineWriter(maxStringLength, truncatedStringSuffix));
    }

    /** One thread's reusable state. */
    private static final class Line {
        private final JsonLineWriter writer;
        private final Timestamps timestamps = new Timestamps();
        private boolean inUse;

        Line(JsonLineWriter writer) {
            this.writer = writer;
        }

        /** The keys and values the shipped template gives, in its order, then the line delimiter. */
        StringBuilder write(LogEvent event) {
            inUse = true;
            JsonLineWriter out = writer.reset();
            out.writeObjectStart();
            JsonKeys.key(out, false, TIMESTAMP);
            Instant instant = event.getInstant();
            out.writeString(timestamps.format(instant.getEpochSecond(), instant.getNanoOfSecond() / 1_000_000));
            JsonKeys.key(out, true, LEVEL);
            out.writeString(event.getLevel().name());
            MessageField.write(out, true, event.getMessage());
            JsonKeys.key(out, true, LOGGER);
            out.writeString(event.getLoggerName());
            InvocationFields.write(out, true);
            ContextDataFields.write(out, true, event);
            Throwable thrown = event.getThrown();
            if (thrown != null) {
                ErrorFields.write(out, true, thrown);
            }
            if (LocationFields.enabled()) {
                StackTraceElement source = event.getSource();
                if (source != null) {
                    LocationFields.write(out, true, source);
                }
            }
            out.writeObjectEnd();
            return out.getStringBuilder().append(EVENT_DELIMITER);
        }

        void release() {
            inUse = false;
            writer.trim();
        }
    }
}
