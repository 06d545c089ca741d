package dev.lambdaobs.logging.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.encoder.EncoderBase;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.schema.LogFields;
import dev.lambdaobs.logging.LogLimits;
import dev.lambdaobs.logging.StructuredArgument;
import dev.lambdaobs.logging.backend.KeyValueText;
import dev.lambdaobs.logging.json.ErrorFields;
import dev.lambdaobs.logging.json.InvocationFields;
import dev.lambdaobs.logging.json.JsonKeys;
import dev.lambdaobs.logging.json.JsonLineWriter;
import dev.lambdaobs.logging.json.JsonValues;
import dev.lambdaobs.logging.json.LocationFields;
import dev.lambdaobs.logging.json.Timestamps;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.event.KeyValuePair;

/**
 * Encodes a Logback event as one JSON line with the same keys, in the same order and with the same
 * values as the Log4j2 backend's layout: {@code timestamp}, {@code level}, {@code message}, {@code logger},
 * the invocation keys, the MDC and SLF4J key/value pairs (sorted by key, as Log4j2's ThreadContext is),
 * {@link StructuredArgument}s, {@code error} and, when asked for, {@code location}. Strings longer than
 * {@link #setMaxStringLength maxStringLength} are cut and end with {@link LogLimits#TRUNCATION_MARKER}.
 *
 * <pre>{@code
 * <appender name="stdout" class="dev.lambdaobs.logging.logback.LambdaStdoutAppender">
 *   <encoder class="dev.lambdaobs.logging.logback.LambdaJsonEncoder"/>
 * </appender>
 * }</pre>
 */
public final class LambdaJsonEncoder extends EncoderBase<ILoggingEvent> {
    private static final String TIMESTAMP = JsonKeys.prefix(LogFields.TIMESTAMP);
    private static final String LEVEL = JsonKeys.prefix(LogFields.LEVEL);
    private static final String MESSAGE = JsonKeys.prefix(LogFields.MESSAGE);
    private static final String LOGGER = JsonKeys.prefix(LogFields.LOGGER);
    private static final byte[] NO_HEADER = new byte[0];
    /** Where a key-value that has no text is reported, once per value class and failure. */
    private static final Diagnostics DIAGNOSTICS = Diagnostics.stderr();

    private int maxStringLength = LogLimits.MAX_STRING_LENGTH;
    private ThreadLocal<Line> lines = newLines();

    /** Longest string value written, in chars; {@link LogLimits#MAX_STRING_LENGTH} unless set. */
    public void setMaxStringLength(int maxStringLength) {
        if (maxStringLength < 1) {
            throw new IllegalArgumentException("LambdaJsonEncoder: maxStringLength must be at least 1: "
                    + maxStringLength);
        }
        this.maxStringLength = maxStringLength;
        this.lines = newLines();
    }

    @Override
    public byte[] headerBytes() {
        return NO_HEADER;
    }

    @Override
    public byte[] footerBytes() {
        return NO_HEADER;
    }

    /** The event as one UTF-8 JSON object and a {@code '\n'}. */
    @Override
    public byte[] encode(ILoggingEvent event) {
        Line line = lines.get();
        JsonLineWriter out = line.writer.reset();
        out.writeObjectStart();
        JsonKeys.key(out, false, TIMESTAMP);
        out.writeString(line.timestamp.format(event.getTimeStamp()));
        JsonKeys.key(out, true, LEVEL);
        out.writeString(event.getLevel().toString());
        JsonKeys.key(out, true, MESSAGE);
        out.writeString(line.message(event));
        JsonKeys.key(out, true, LOGGER);
        out.writeString(event.getLoggerName());
        InvocationFields.write(out, true);
        userKeys(out, event);
        Throwable thrown = thrown(event);
        if (thrown != null) {
            ErrorFields.write(out, true, thrown);
        }
        if (LocationFields.enabled()) {
            StackTraceElement[] callers = event.getCallerData();
            if (callers != null && callers.length > 0) {
                LocationFields.write(out, true, callers[0]);
            }
        }
        out.writeObjectEnd();
        StringBuilder text = out.getStringBuilder();
        text.append('\n');
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        out.trim();
        return bytes;
    }

    /** MDC and key/value pairs in key order (a pair wins over an MDC entry of its key), then structured arguments. */
    private static void userKeys(JsonLineWriter out, ILoggingEvent event) {
        Map<String, String> mdc = event.getMDCPropertyMap();
        List<KeyValuePair> pairs = event.getKeyValuePairs();
        if (pairs != null && !pairs.isEmpty() || mdc != null && mdc.size() > 1) {
            Map<String, Object> sorted = new TreeMap<>();
            if (mdc != null) {
                sorted.putAll(mdc);
            }
            if (pairs != null) {
                for (KeyValuePair pair : pairs) {
                    if (pair.key != null) {
                        sorted.put(pair.key, pair.value == null ? null : KeyValueText.of(pair.key, pair.value, DIAGNOSTICS));
                    }
                }
            }
            sorted.forEach((key, value) -> entry(out, key, value));
        } else if (mdc != null) {
            mdc.forEach((key, value) -> entry(out, key, value));
        }
        Object[] arguments = event.getArgumentArray();
        if (arguments != null) {
            for (Object argument : arguments) {
                if (argument instanceof StructuredArgument structured) {
                    entry(out, structured.key(), structured.value());
                }
            }
        }
    }

    private static void entry(JsonLineWriter out, String key, Object value) {
        if (key == null || JsonKeys.RESERVED.contains(key)) {
            return;
        }
        JsonKeys.userKey(out, true, key);
        JsonValues.write(out, value);
    }

    private static Throwable thrown(ILoggingEvent event) {
        IThrowableProxy proxy = event.getThrowableProxy();
        if (proxy instanceof ThrowableProxy real) {
            return real.getThrowable();
        }
        Object[] arguments = event.getArgumentArray();
        Object last = arguments == null || arguments.length == 0 ? null : arguments[arguments.length - 1];
        return last instanceof UnreadableThrowable unreadable ? unreadable.thrown() : null;
    }

    private ThreadLocal<Line> newLines() {
        int max = maxStringLength;
        return ThreadLocal.withInitial(() -> new Line(max));
    }

    /** One thread's reusable state. */
    private static final class Line {
        final JsonLineWriter writer;
        final Timestamps timestamp = new Timestamps();
        final StringBuilder message = new StringBuilder(256);

        Line(int maxStringLength) {
            writer = new JsonLineWriter(maxStringLength, LogLimits.TRUNCATION_MARKER);
        }

        StringBuilder message(ILoggingEvent event) {
            message.setLength(0);
            try {
                MessageText.format(message, event.getMessage(), event.getArgumentArray());
            } catch (RuntimeException | StackOverflowError e) {
                message.setLength(0);
                message.append("<message could not be formatted: ").append(e.getClass().getName()).append('>');
            }
            return message;
        }
    }
}
