package dev.lambdaobs.dashboardgen.fakeaws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A CloudWatch Logs Live Tail stand-in behind {@link FakeAwsServer}: StartLiveTail (AWS JSON 1.1)
 * answered with an event stream as the service sends it: a {@code sessionStart} event, then
 * {@code sessionUpdate} events (the test's log lines first, then an empty update every 50 ms, where
 * the service sends one a second) until the client closes the stream. It checks what the service
 * checks: 1 to 10 log group identifiers, each an ARN not ending in {@code *}.
 */
public final class FakeLiveTail {
    /** Epoch milliseconds of the first event the stand-in sends: 2026-11-21T10:00:00.123Z. */
    public static final long FIRST_EVENT_TIME = 1_795_255_200_123L;
    private static final long UPDATE_INTERVAL_MS = 50;
    /** A session nobody closes ends by itself after this long, so a broken test cannot hang. */
    private static final long MAX_SESSION_MS = 30_000;

    private final List<JsonNode> sessions = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger closedByClient = new AtomicInteger();
    private final AtomicInteger sessionsToTimeOut = new AtomicInteger();
    private volatile List<String> lines = List.of();
    private volatile AwsError refusal;

    public FakeLiveTail(FakeAwsServer server) {
        server.onStream("StartLiveTail", this::startLiveTail);
    }

    /** The log lines (messages) every session sends in its first update. */
    public FakeLiveTail answerWith(List<String> lines) {
        this.lines = List.copyOf(lines);
        return this;
    }

    /** The next {@code count} sessions end after their first update with a SessionTimeoutException, as after 3 hours. */
    public FakeLiveTail timeOutNext(int count) {
        sessionsToTimeOut.set(count);
        return this;
    }

    /** Every StartLiveTail call is answered with this error. */
    public FakeLiveTail refuseWith(AwsError error) {
        this.refusal = error;
        return this;
    }

    /** The StartLiveTail requests received, in order. */
    public List<JsonNode> sessions() {
        synchronized (sessions) {
            return List.copyOf(sessions);
        }
    }

    /** How many sessions the client closed (a write to them failed). */
    public int closedByClient() {
        return closedByClient.get();
    }

    private void startLiveTail(JsonNode request, OutputStream stream) throws AwsError, IOException {
        sessions.add(request);
        if (refusal != null) {
            throw refusal;
        }
        JsonNode groups = request.path("logGroupIdentifiers");
        if (groups.isEmpty() || groups.size() > 10) {
            throw new AwsError(400, "InvalidParameterException", "logGroupIdentifiers must hold 1 to 10 items, not " + groups.size());
        }
        for (JsonNode group : groups) {
            if (!group.asText().startsWith("arn:") || group.asText().endsWith("*")) {
                throw new AwsError(400, "InvalidParameterException", "log group identifier " + group.asText() + " is not an ARN");
            }
        }
        ObjectNode start = FakeAwsServer.JSON.createObjectNode().put("requestId", "req-" + sessions.size())
                .put("sessionId", "session-" + sessions.size());
        start.set("logGroupIdentifiers", groups);
        if (request.has("logEventFilterPattern")) {
            start.put("logEventFilterPattern", request.path("logEventFilterPattern").asText());
        }
        stream.write(EventStreamFrames.event("sessionStart", start.toString()));
        stream.write(EventStreamFrames.event("sessionUpdate", update(groups.get(0).asText(), lines).toString()));
        if (sessionsToTimeOut.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            stream.write(EventStreamFrames.exception("SessionTimeoutException", "Session timed out after 3 hours"));
            return;
        }
        holdUntilClosed(groups.get(0).asText(), stream);
    }

    private void holdUntilClosed(String group, OutputStream stream) {
        long end = System.currentTimeMillis() + MAX_SESSION_MS;
        try {
            while (System.currentTimeMillis() < end) {
                Thread.sleep(UPDATE_INTERVAL_MS);
                stream.write(EventStreamFrames.event("sessionUpdate", update(group, List.of()).toString()));
            }
        } catch (IOException closed) {
            closedByClient.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ObjectNode update(String group, List<String> messages) {
        ObjectNode update = FakeAwsServer.JSON.createObjectNode();
        update.putObject("sessionMetadata").put("sampled", false);
        ArrayNode results = update.putArray("sessionResults");
        for (int i = 0; i < messages.size(); i++) {
            results.addObject().put("logStreamName", "2026/11/21/[$LATEST]abc").put("logGroupIdentifier", group)
                    .put("message", messages.get(i)).put("timestamp", FIRST_EVENT_TIME + i)
                    .put("ingestionTime", FIRST_EVENT_TIME + i + 200);
        }
        return update;
    }
}
