package dev.lambdaobs.dashboardgen.preview.data;

/**
 * One invocation of a local run, as the example's main job writes it to {@code invocations.jsonl}.
 *
 * @param function      the function's local name
 * @param requestId     its request id
 * @param startMillis   when it started (epoch millis)
 * @param durationMillis how long it ran
 * @param failed        whether it ended in a function error, a crash, a timeout or an init error
 * @param statusCode    the HTTP status of an API-style response ({@code statusCode}), or 0
 */
public record Invocation(String function, String requestId, long startMillis, long durationMillis, boolean failed,
        int statusCode) {
}
