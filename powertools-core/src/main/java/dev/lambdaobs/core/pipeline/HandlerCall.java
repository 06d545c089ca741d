package dev.lambdaobs.core.pipeline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/**
 * One call of a decorated handler, as the body {@link Observability#decorate(RequestHandler)} runs. A class of
 * its own rather than a lambda: SnapStart priming runs the same class with a handler of its own, so the first
 * real invocation after a restore finds it loaded and compiled (a lambda's class is only spun when its call
 * site first runs, in that invocation).
 */
final class HandlerCall<I, O> implements ThrowingSupplier<O, RuntimeException> {
    private final RequestHandler<I, O> handler;
    private final I input;
    private final Context context;

    HandlerCall(RequestHandler<I, O> handler, I input, Context context) {
        this.handler = handler;
        this.input = input;
        this.context = context;
    }

    @Override
    public O get() {
        return handler.handleRequest(input, context);
    }
}
