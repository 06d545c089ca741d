package dev.lambdaobs.core.pipeline;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.invocation.Invocation;
import java.util.List;

/**
 * Runs the steps' callbacks for one invocation in the documented order, each guarded: a step that
 * throws is reported once and skipped, and never reaches the handler.
 */
final class GuardedSteps {
    private final List<ObservationStep> steps;
    private final Diagnostics diagnostics;

    GuardedSteps(List<ObservationStep> steps, Diagnostics diagnostics) {
        this.steps = List.copyOf(steps);
        this.diagnostics = diagnostics;
    }

    /** Each step's {@code begin}, in the order added; a failed one gets a scope that does nothing. */
    StepScope[] begin(Invocation invocation) {
        StepScope[] scopes = new StepScope[steps.size()];
        for (int i = 0; i < scopes.length; i++) {
            ObservationStep step = steps.get(i);
            try {
                StepScope scope = step.begin(invocation);
                scopes[i] = scope == null ? StepScope.NONE : scope;
            } catch (Throwable failure) {
                rethrowIfFatal(failure);
                diagnostics.failureOnce(step.name() + ".begin", failure);
                scopes[i] = StepScope.NONE;
            }
        }
        return scopes;
    }

    /**
     * The outcome, then {@code end}, scope by scope in reverse order (the first step added wraps all).
     * The names of the places reported are built only when a step fails: this runs on every invocation.
     */
    void end(StepScope[] scopes, Object result, Throwable error) {
        for (int i = scopes.length - 1; i >= 0; i--) {
            StepScope scope = scopes[i];
            try {
                if (error == null) {
                    scope.onSuccess(result);
                } else {
                    scope.onError(error);
                }
            } catch (Throwable failure) {
                rethrowIfFatal(failure);
                diagnostics.failureOnce(steps.get(i).name() + (error == null ? ".onSuccess" : ".onError"), failure);
            }
            try {
                scope.end();
            } catch (Throwable failure) {
                rethrowIfFatal(failure);
                diagnostics.failureOnce(steps.get(i).name() + ".end", failure);
            }
        }
    }

    /** Running out of memory or stack is not an observability failure to swallow. */
    private static void rethrowIfFatal(Throwable failure) {
        if (failure instanceof VirtualMachineError fatal) {
            throw fatal;
        }
    }
}
