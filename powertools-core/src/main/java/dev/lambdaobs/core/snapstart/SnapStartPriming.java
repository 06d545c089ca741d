package dev.lambdaobs.core.snapstart;

import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Primes an annotated handler class for SnapStart, whichever of {@code @Logging}, {@code @Metrics} and
 * {@code @Tracing} its handler methods carry: every module on the class path builds that class' pipelines
 * now, during init, with the hooks the functional form gets from
 * {@code Observability.Builder.snapStartPriming()}. Before the checkpoint synthetic invocations run through
 * each with nothing emitted (no log line, metric or span); after each restore the next invocation is the
 * cold start and random sources draw fresh entropy. Call it from the handler's static initializer or
 * constructor; calling it again does nothing more. Never throws: priming is an optimization, and the first
 * invocation builds the same pipelines and reports their problems.
 *
 * <pre>{@code
 * public class PlaceOrder implements RequestHandler<Order, Receipt> {
 *     static { SnapStartPriming.init(); }
 *
 *     @Logging @Metrics @Tracing
 *     public Receipt handleRequest(Order order, Context context) { ... }
 * }
 * }</pre>
 */
public final class SnapStartPriming {
    static final String NOTHING_KEY = "snapstart.priming.nothing";

    private SnapStartPriming() {
    }

    /** Primes the calling class' annotated handlers. */
    public static void init() {
        primeHandlers(StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass(),
                "SnapStartPriming.init()");
    }

    /**
     * Primes {@code handlerClass}' annotated handlers; {@code calledAs} names the public call in the
     * warning given when the class has none ({@code "TracingUtils.init()"}).
     *
     * @return how many handler methods were found, over all modules
     */
    public static int primeHandlers(Class<?> handlerClass, String calledAs) {
        Diagnostics diagnostics;
        Iterator<HandlerPrimer> primers;
        try {
            diagnostics = PowertoolsConfig.process().settings().diagnostics();
            primers = ServiceLoader.load(HandlerPrimer.class, SnapStartPriming.class.getClassLoader()).iterator();
        } catch (RuntimeException | LinkageError e) {
            // A broken configuration is reported where the first invocation reads it.
            return 0;
        }
        return primeHandlers(handlerClass, calledAs, primers, diagnostics);
    }

    static int primeHandlers(Class<?> handlerClass, String calledAs, Iterator<HandlerPrimer> primers,
            Diagnostics diagnostics) {
        List<String> annotations = new ArrayList<>();
        int found = 0;
        while (hasNext(primers, diagnostics, calledAs)) {
            try {
                HandlerPrimer primer = primers.next();
                annotations.add(primer.annotation());
                found += primer.prime(handlerClass);
            } catch (RuntimeException | ServiceConfigurationError | LinkageError e) {
                // One module failing leaves the others primed; its first invocation reports the same problem.
                diagnostics.failureOnce(calledAs, e);
            }
        }
        if (found == 0) {
            diagnostics.warnOnce(NOTHING_KEY, calledAs + " was called from " + handlerClass.getName()
                    + ", which has no " + (annotations.isEmpty() ? "annotated" : String.join(" or ", annotations))
                    + " method taking a Lambda Context: nothing to prime");
        }
        return found;
    }

    /** False at the end, and when the service registrations cannot be read (reported) rather than loop on them. */
    private static boolean hasNext(Iterator<HandlerPrimer> primers, Diagnostics diagnostics, String calledAs) {
        try {
            return primers.hasNext();
        } catch (ServiceConfigurationError e) {
            diagnostics.failureOnce(calledAs, e);
            return false;
        }
    }
}
