package dev.lambdaobs.logging.log4j.slf4j;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import java.util.function.Predicate;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.spi.AbstractLoggerAdapter;
import org.apache.logging.log4j.spi.ExtendedLogger;
import org.apache.logging.log4j.spi.LoggerContext;
import org.apache.logging.log4j.util.StackLocatorUtil;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;

/**
 * One SLF4J logger per name and Log4j logger context, kept by Log4j's own adapter registry (which
 * forgets a context's loggers when it stops).
 */
final class Slf4jLoggerFactory extends AbstractLoggerAdapter<Logger> implements ILoggerFactory {
    /** The first caller outside SLF4J and the adapter names the class loader whose context applies. */
    private static final Predicate<Class<?>> CALLER = c -> c != AbstractLoggerAdapter.class
            && !c.getName().startsWith("org.slf4j");
    /** Log4j's API routed to SLF4J ({@code log4j-to-slf4j}) beside this provider would log in a circle. */
    private static final String SLF4J_BACKED_CONTEXT = "org.apache.logging.slf4j.SLF4JLoggerContext";

    private final Slf4jMarkers markers;
    private final Diagnostics diagnostics;

    Slf4jLoggerFactory(Slf4jMarkers markers, Diagnostics diagnostics) {
        this.markers = markers;
        this.diagnostics = diagnostics;
    }

    @Override
    public Logger getLogger(String name) {
        return super.getLogger(name);
    }

    @Override
    protected Logger newLogger(String name, LoggerContext context) {
        if (SLF4J_BACKED_CONTEXT.equals(context.getClass().getName())) {
            throw new IllegalStateException("log4j-to-slf4j and powertools-logging are both on the class path: "
                    + "SLF4J would log through Log4j and Log4j through SLF4J; remove log4j-to-slf4j");
        }
        String log4jName = Logger.ROOT_LOGGER_NAME.equals(name) ? LogManager.ROOT_LOGGER_NAME : name;
        ExtendedLogger logger = context.getLogger(log4jName);
        return new Slf4jLogger(name, logger, markers, diagnostics);
    }

    @Override
    protected LoggerContext getContext() {
        Class<?> caller = LogManager.getFactory().isClassLoaderDependent()
                ? StackLocatorUtil.getCallerClass(Slf4jLoggerFactory.class, CALLER)
                : null;
        return caller == null ? LogManager.getContext(false) : getContext(caller);
    }
}
