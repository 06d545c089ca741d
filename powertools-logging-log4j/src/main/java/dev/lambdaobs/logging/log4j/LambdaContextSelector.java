package dev.lambdaobs.logging.log4j;

import java.net.URI;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.selector.ClassLoaderContextSelector;

/**
 * Log4j2's default context selector (one context per class loader), making {@link LambdaLoggerContext}s
 * so that the shipped configuration starts without Log4j2's configuration factories. Named by
 * {@code log4j2.contextSelector} in the jar's {@code log4j2.component.properties}; a selector the
 * function names itself (for example Log4j2's asynchronous one) takes precedence and Log4j2 then starts
 * as usual. Not for direct use.
 */
public final class LambdaContextSelector extends ClassLoaderContextSelector {

    @Override
    protected LoggerContext createContext(String name, URI configLocation) {
        return new LambdaLoggerContext(name, configLocation);
    }
}
