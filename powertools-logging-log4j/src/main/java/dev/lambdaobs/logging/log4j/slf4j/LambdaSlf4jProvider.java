package dev.lambdaobs.logging.log4j.slf4j;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J 2 provider of powertools-logging: every SLF4J call (yours and your libraries') becomes a
 * Log4j2 event and so the same JSON line as the Log4j API gives. It replaces Log4j's
 * {@code log4j-slf4j2-impl}, which must not be on the class path beside it, for one reason: its fluent
 * {@code addKeyValue} turns the value into text in the caller's thread, and a {@code toString()} that
 * throws there fails the handler. Here that value is written as a note instead, and reported once on
 * standard error. SLF4J finds this class through {@code META-INF/services}; nothing to configure.
 *
 * <pre>{@code
 * Logger log = LoggerFactory.getLogger(OrderHandler.class);
 * log.atInfo().addKeyValue("order_id", order.id()).log("Order placed");
 * // {"level":"INFO","message":"Order placed", ..., "order_id":"o-42"}
 * }</pre>
 */
public final class LambdaSlf4jProvider implements SLF4JServiceProvider {
    /** The SLF4J API version this provider implements; SLF4J 2.0.x accepts any 2.0 provider. */
    static final String API_VERSION = "2.0.17";

    private final Diagnostics diagnostics;
    private volatile Slf4jLoggerFactory loggers;
    private volatile Slf4jMarkers markers;
    private volatile Slf4jMdc mdc;

    /** Called by SLF4J's service loader; problems are reported on standard error. */
    public LambdaSlf4jProvider() {
        this(Diagnostics.stderr());
    }

    LambdaSlf4jProvider(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    @Override
    public void initialize() {
        markers = new Slf4jMarkers();
        loggers = new Slf4jLoggerFactory(markers, diagnostics);
        mdc = new Slf4jMdc();
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return API_VERSION;
    }
}
