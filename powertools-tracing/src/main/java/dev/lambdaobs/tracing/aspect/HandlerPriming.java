package dev.lambdaobs.tracing.aspect;

/**
 * Builds the pipelines of a class' {@code @Tracing} handlers before the first invocation, with the
 * SnapStart hooks the functional form gets from {@code Observability.Builder.snapStartPriming()}. Called
 * by {@link dev.lambdaobs.tracing.TracingUtils#init()}; use that.
 *
 * <pre>{@code
 * static { TracingUtils.init(); }   // in the handler class
 * }</pre>
 */
public final class HandlerPriming {
    private HandlerPriming() {
    }

    /**
     * Builds (once) the pipeline of each {@code @Tracing} method of {@code handlerClass} taking a Lambda
     * {@code Context}, registering its SnapStart hooks; returns how many such methods the class has.
     */
    public static int register(Class<?> handlerClass) {
        return AspectRuntime.process().primeHandlers(handlerClass);
    }
}
