package dev.lambdaobs.core.pipeline;

/**
 * A step's view of one invocation after the handler ran: exactly one of {@link #onSuccess} or
 * {@link #onError}, then {@link #end()}, each called exactly once.
 */
public interface StepScope {
    /** A scope that does nothing, for steps that only act before the handler. */
    StepScope NONE = new StepScope() {
    };

    /** The handler returned {@code response} (null for void and stream handlers). */
    default void onSuccess(Object response) {
    }

    /** The handler threw {@code error}; it is rethrown unchanged after every step has seen it. */
    default void onError(Throwable error) {
    }

    /** Always called last, after {@link #onSuccess} or {@link #onError}: flush, close, clear. */
    default void end() {
    }
}
