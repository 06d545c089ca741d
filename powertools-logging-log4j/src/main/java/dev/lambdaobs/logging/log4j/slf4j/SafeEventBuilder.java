package dev.lambdaobs.logging.log4j.slf4j;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.logging.backend.KeyValueText;
import dev.lambdaobs.core.text.SafeText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.logging.log4j.BridgeAware;
import org.apache.logging.log4j.CloseableThreadContext;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogBuilder;
import org.apache.logging.log4j.spi.ExtendedLogger;
import org.slf4j.Marker;
import org.slf4j.spi.CallerBoundaryAware;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * SLF4J 2's fluent API ({@code log.atInfo().addKeyValue("k", v).log("m")}) on Log4j, where nothing the
 * caller passes can make the call throw. Key-values are kept as objects and turned into text only in
 * {@link #log()}: a {@code toString()} that throws is caught there, the line is still written with
 * {@link SafeText}'s note as that value, and the failure is reported once on standard error. Suppliers
 * of the message, of an argument or of a value are caught the same way. The values stay text (as
 * {@code log4j-slf4j2-impl} makes them) and reach the line as ThreadContext entries for the length of
 * the call, so the layout writes them at top level. Arguments are formatted by the layout, which
 * already survives their {@code toString()}.
 *
 * <p>One builder per call, on the caller's thread (SLF4J makes one only when the level is enabled).
 */
final class SafeEventBuilder implements LoggingEventBuilder, CallerBoundaryAware {
    private static final String FQCN = SafeEventBuilder.class.getName();
    private static final Object[] NO_ARGUMENTS = {};

    private final ExtendedLogger logger;
    private final Level level;
    private final Slf4jMarkers markers;
    private final Diagnostics diagnostics;
    private List<Object> arguments;
    /** Key, value, key, value...: kept as given until {@link #log()}. */
    private Object[] pairs;
    private int pairCount;
    private String message;
    private org.apache.logging.log4j.Marker marker;
    private Throwable cause;
    private String entryPoint = FQCN;

    SafeEventBuilder(ExtendedLogger logger, Level level, Slf4jMarkers markers, Diagnostics diagnostics) {
        this.logger = logger;
        this.level = level;
        this.markers = markers;
        this.diagnostics = diagnostics;
    }

    @Override
    public LoggingEventBuilder setCause(Throwable cause) {
        this.cause = cause;
        return this;
    }

    /** A Log4j event has one marker: the last one added, as with Log4j's own SLF4J binding. */
    @Override
    public LoggingEventBuilder addMarker(Marker marker) {
        this.marker = markers.log4j(marker);
        return this;
    }

    @Override
    public LoggingEventBuilder addArgument(Object argument) {
        if (arguments == null) {
            arguments = new ArrayList<>(4);
        }
        arguments.add(argument);
        return this;
    }

    @Override
    public LoggingEventBuilder addArgument(Supplier<?> supplier) {
        return addArgument(supplied(supplier, "argument"));
    }

    @Override
    public LoggingEventBuilder addKeyValue(String key, Object value) {
        if (pairs == null) {
            pairs = new Object[4];
        } else if (pairCount * 2 == pairs.length) {
            pairs = Arrays.copyOf(pairs, pairs.length * 2);
        }
        pairs[pairCount * 2] = key;
        pairs[pairCount * 2 + 1] = value;
        pairCount++;
        return this;
    }

    @Override
    public LoggingEventBuilder addKeyValue(String key, Supplier<Object> supplier) {
        return addKeyValue(key, supplied(supplier, "key-value '" + key + "'"));
    }

    @Override
    public LoggingEventBuilder setMessage(String message) {
        this.message = message;
        return this;
    }

    @Override
    public LoggingEventBuilder setMessage(Supplier<String> supplier) {
        Object supplied = supplied(supplier, "message");
        this.message = supplied == null ? null : supplied.toString();
        return this;
    }

    @Override
    public void setCallerBoundary(String fqcn) {
        this.entryPoint = fqcn;
    }

    @Override
    public void log() {
        LogBuilder builder = logger.atLevel(level).withMarker(marker).withThrowable(cause);
        if (builder instanceof BridgeAware bridge) {
            bridge.setEntryPoint(entryPoint);
        }
        Object[] parameters = arguments == null ? NO_ARGUMENTS : arguments.toArray();
        if (pairs == null) {
            builder.log(message, parameters);
            return;
        }
        try (CloseableThreadContext.Instance pairs = CloseableThreadContext.putAll(keyValueTexts())) {
            builder.log(message, parameters);
        }
    }

    @Override
    public void log(String message) {
        setMessage(message);
        log();
    }

    @Override
    public void log(String message, Object argument) {
        setMessage(message);
        addArgument(argument);
        log();
    }

    @Override
    public void log(String message, Object argument1, Object argument2) {
        setMessage(message);
        addArgument(argument1);
        addArgument(argument2);
        log();
    }

    @Override
    public void log(String message, Object... arguments) {
        setMessage(message);
        for (Object argument : arguments) {
            addArgument(argument);
        }
        log();
    }

    @Override
    public void log(Supplier<String> supplier) {
        setMessage(supplier);
        log();
    }

    private Map<String, String> keyValueTexts() {
        Map<String, String> texts = new HashMap<>();
        for (int i = 0; i < pairCount; i++) {
            String key = (String) pairs[i * 2];
            if (key == null) {
                diagnostics.warnOnce("slf4j.key-value.null-key", "an SLF4J addKeyValue had a null key; "
                        + "the line was written without that pair (the handler is unaffected)");
            } else {
                texts.put(key, text(key, pairs[i * 2 + 1]));
            }
        }
        return texts;
    }

    private String text(String key, Object value) {
        return KeyValueText.of(key, value, diagnostics);
    }

    private Object supplied(Supplier<?> supplier, String what) {
        if (supplier == null) {
            return null;
        }
        try {
            return supplier.get();
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            String note = SafeText.threw(supplier, "get", e);
            diagnostics.warnOnce("slf4j.supplier|" + what + '|' + e.getClass().getName(),
                    "the supplier of an SLF4J " + what + " threw " + SafeText.describe(e) + "; the line was written with "
                            + note + " in its place (the handler is unaffected)");
            return note;
        }
    }
}
