package dev.lambdaobs.examples.localrun;

/**
 * What the runtime reported for one invocation: a response, an error, or that it failed before it
 * could answer (init error, crash, timeout).
 *
 * @param requestId the request id the harness assigned
 * @param kind how the invocation ended
 * @param body the response payload, or the error document the runtime posted
 * @param errorType the {@code Lambda-Runtime-Function-Error-Type} header, or the harness' own reason
 * @param durationMillis from handing out the event to receiving the outcome
 */
record InvocationOutcome(String requestId, Kind kind, String body, String errorType, long durationMillis) {

    enum Kind { RESPONSE, FUNCTION_ERROR, INIT_ERROR, CRASHED, TIMED_OUT }

    boolean succeeded() {
        return kind == Kind.RESPONSE;
    }
}
