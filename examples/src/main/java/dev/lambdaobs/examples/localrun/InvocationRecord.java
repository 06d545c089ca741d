package dev.lambdaobs.examples.localrun;

/**
 * One invocation of the local run, as written to {@code invocations.jsonl}.
 *
 * @param function the function's name
 * @param requestId the request id handed to the runtime
 * @param traceId the X-Ray trace id of the invocation
 * @param coldStart whether it was the first invocation of a fresh JVM
 * @param outcome what the runtime answered
 */
record InvocationRecord(String function, String requestId, String traceId, boolean coldStart, InvocationOutcome outcome) {
}
