package dev.lambdaobs.examples.localrun;

import java.util.concurrent.CompletableFuture;

/**
 * One event waiting to be fetched by the runtime, or being processed by it. The outcome completes
 * when the runtime posts a response or an error.
 */
final class InvocationRequest {
    final String requestId;
    final String payload;
    final String traceHeader;
    final String functionArn;
    final long deadlineEpochMillis;
    final CompletableFuture<InvocationOutcome> outcome = new CompletableFuture<>();
    private volatile long handedOutNanos;

    InvocationRequest(String requestId, String payload, String traceHeader, String functionArn, long deadlineEpochMillis) {
        this.requestId = requestId;
        this.payload = payload;
        this.traceHeader = traceHeader;
        this.functionArn = functionArn;
        this.deadlineEpochMillis = deadlineEpochMillis;
    }

    void handedOut() {
        handedOutNanos = System.nanoTime();
    }

    void complete(InvocationOutcome.Kind kind, String body, String errorType) {
        long millis = handedOutNanos == 0 ? 0 : (System.nanoTime() - handedOutNanos) / 1_000_000;
        outcome.complete(new InvocationOutcome(requestId, kind, body, errorType, millis));
    }
}
