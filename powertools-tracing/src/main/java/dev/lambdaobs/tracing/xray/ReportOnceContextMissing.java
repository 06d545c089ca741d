package dev.lambdaobs.tracing.xray;

import com.amazonaws.xray.strategy.ContextMissingStrategy;
import dev.lambdaobs.core.diagnostics.Diagnostics;

/**
 * What the X-Ray SDK does when code asks for the current segment and there is none (an AWS SDK call
 * outside a traced invocation): report it once, never throw into the handler.
 */
final class ReportOnceContextMissing implements ContextMissingStrategy {
    private final Diagnostics diagnostics;
    private final boolean report;

    ReportOnceContextMissing(Diagnostics diagnostics, boolean report) {
        this.diagnostics = diagnostics;
        this.report = report;
    }

    @Override
    public void contextMissing(String message, Class<? extends RuntimeException> exceptionClass) {
        if (report) {
            diagnostics.warnOnce("tracing.context-missing", "X-Ray: " + message
                    + " Work outside a traced invocation is not recorded (reported once).");
        }
    }
}
