package dev.lambdaobs.core.snapstart;

import com.amazonaws.services.lambda.runtime.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * One module's priming of annotated handlers ({@code @Logging}, {@code @Metrics}, {@code @Tracing}):
 * builds, during init, the pipelines its aspect would build on the first call, with the SnapStart hooks
 * of {@code Observability.Builder.snapStartPriming()}, and hands them to the aspect. Modules register one
 * as a service ({@code META-INF/services/dev.lambdaobs.core.snapstart.HandlerPrimer});
 * {@link SnapStartPriming#init()} runs them all.
 *
 * <pre>{@code
 * public final class LoggingHandlerPrimer implements HandlerPrimer {
 *     public String annotation() {
 *         return "@Logging";
 *     }
 *
 *     public int prime(Class<?> handlerClass) {
 *         return LoggingPipelines.PIPELINES.prime(handlerClass);   // a HandlerPipelines
 *     }
 * }
 * }</pre>
 */
public interface HandlerPrimer {
    /** The annotation this module primes, as users write it ({@code "@Logging"}), for messages. */
    String annotation();

    /**
     * Builds now (once per method), with SnapStart hooks, the pipeline of each annotated handler method of
     * {@code handlerClass} (one taking a Lambda {@code Context}).
     *
     * @return how many such methods the class has
     */
    int prime(Class<?> handlerClass);

    /**
     * The methods of {@code handlerClass} (declared there, bridges left out) that carry {@code annotation}
     * and take a Lambda {@code Context}: the handlers an aspect runs through a pipeline.
     */
    static List<Method> handlerMethods(Class<?> handlerClass, Class<? extends Annotation> annotation) {
        List<Method> handlers = new ArrayList<>();
        for (Method method : handlerClass.getDeclaredMethods()) {
            if (!method.isBridge() && method.isAnnotationPresent(annotation) && takesContext(method)) {
                handlers.add(method);
            }
        }
        return handlers;
    }

    private static boolean takesContext(Method method) {
        for (Class<?> type : method.getParameterTypes()) {
            if (Context.class.isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }
}
