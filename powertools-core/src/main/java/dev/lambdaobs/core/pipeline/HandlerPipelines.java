package dev.lambdaobs.core.pipeline;

import dev.lambdaobs.core.snapstart.HandlerPrimer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * One module's annotated-handler pipelines ({@code @Logging}, {@code @Metrics}, {@code @Tracing}), one per
 * method, shared by its aspect and its {@link HandlerPrimer}: a method's pipeline is built on its first call,
 * or earlier, with the SnapStart hooks, when its class is primed; either way that one pipeline (and its hooks)
 * is what the method's invocations then use.
 *
 * <pre>{@code
 * static final HandlerPipelines<Logging> PIPELINES = new HandlerPipelines<>(Logging.class,
 *         (method, logging) -> Observability.builder().config(config).step(stepFor(logging)));
 *
 * PIPELINES.of(method, logging).proceed(joinPoint.getArgs(), joinPoint::proceed);   // the aspect
 * return PIPELINES.prime(handlerClass);                                             // HandlerPrimer.prime
 * }</pre>
 *
 * @param <A> the module's annotation
 */
public final class HandlerPipelines<A extends Annotation> {
    private final Class<A> annotation;
    private final BiFunction<Method, A, Observability.Builder> pipeline;
    private final Map<Method, Observability> pipelines = new ConcurrentHashMap<>();

    /**
     * @param annotation the annotation handler methods carry
     * @param pipeline   the pipeline of an annotated method, from the method and its annotation, not yet built
     */
    public HandlerPipelines(Class<A> annotation, BiFunction<Method, A, Observability.Builder> pipeline) {
        this.annotation = Objects.requireNonNull(annotation, "annotation");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    }

    /** The pipeline of {@code method}, which carries {@code annotated}: built on its first call unless primed. */
    public Observability of(Method method, A annotated) {
        Observability known = pipelines.get(method);
        // computeIfAbsent only the first time: its lambda captures the annotation, one allocation per call.
        return known != null ? known : pipelines.computeIfAbsent(method, m -> pipeline.apply(m, annotated).build());
    }

    /**
     * Builds now, with SnapStart hooks, the pipeline of each annotated handler method of {@code handlerClass}
     * ({@link HandlerPrimer#handlerMethods}) that has none yet: what {@link HandlerPrimer#prime} does.
     *
     * @return how many such methods the class has
     */
    public int prime(Class<?> handlerClass) {
        List<Method> handlers = HandlerPrimer.handlerMethods(handlerClass, annotation);
        for (Method method : handlers) {
            pipelines.computeIfAbsent(method,
                    m -> pipeline.apply(m, m.getAnnotation(annotation)).snapStartPriming().build());
        }
        return handlers.size();
    }
}
