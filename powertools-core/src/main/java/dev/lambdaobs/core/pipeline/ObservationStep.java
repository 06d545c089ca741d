package dev.lambdaobs.core.pipeline;

import dev.lambdaobs.core.invocation.Invocation;

/**
 * One observability concern (logging, metrics, tracing) plugged into the {@link Observability}
 * pipeline. A step holds no per-invocation state itself: {@link #begin} returns a {@link StepScope}
 * that carries it, so one step serves many concurrent invocations.
 *
 * <pre>{@code
 * ObservationStep timing = invocation -> {
 *     long start = System.nanoTime();
 *     return new StepScope() {
 *         public void end() { System.out.println("took " + (System.nanoTime() - start) + " ns"); }
 *     };
 * };
 * }</pre>
 */
@FunctionalInterface
public interface ObservationStep {
    /** Called before the handler runs; the returned scope sees the outcome. */
    StepScope begin(Invocation invocation);

    /** The name used when reporting this step's failures. */
    default String name() {
        return getClass().getName();
    }
}
