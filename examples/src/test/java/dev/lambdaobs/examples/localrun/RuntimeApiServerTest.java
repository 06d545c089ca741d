package dev.lambdaobs.examples.localrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Runtime API as a runtime client sees it, driven over real HTTP. */
class RuntimeApiServerTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private RuntimeApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = RuntimeApiServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void handsOutTheEventWithTheInvocationHeadersAndCompletesWithTheResponse() throws Exception {
        InvocationRequest request = request("r-1", "{\"hello\":1}");
        server.submit(request);

        HttpResponse<String> next = get("/invocation/next");
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body()).isEqualTo("{\"hello\":1}");
        assertThat(next.headers().firstValue(RuntimeApiServer.REQUEST_ID)).hasValue("r-1");
        assertThat(next.headers().firstValue(RuntimeApiServer.DEADLINE_MS)).hasValue("1795154400000");
        assertThat(next.headers().firstValue(RuntimeApiServer.FUNCTION_ARN)).hasValue("arn:aws:lambda:eu-west-1:123456789012:function:fn");
        assertThat(next.headers().firstValue(RuntimeApiServer.TRACE_ID)).hasValue("Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1");
        assertThat(request.outcome).isNotDone();

        HttpResponse<String> posted = post("/invocation/r-1/response", "{\"ok\":true}", null);
        assertThat(posted.statusCode()).isEqualTo(202);
        InvocationOutcome outcome = request.outcome.get(5, TimeUnit.SECONDS);
        assertThat(outcome.kind()).isEqualTo(InvocationOutcome.Kind.RESPONSE);
        assertThat(outcome.body()).isEqualTo("{\"ok\":true}");
    }

    @Test
    void anErrorPostCarriesTheErrorTypeHeader() throws Exception {
        InvocationRequest request = request("r-2", "{}");
        server.submit(request);
        get("/invocation/next");

        post("/invocation/r-2/error", "{\"errorMessage\":\"boom\"}", "Runtime.UserException");

        InvocationOutcome outcome = request.outcome.get(5, TimeUnit.SECONDS);
        assertThat(outcome.kind()).isEqualTo(InvocationOutcome.Kind.FUNCTION_ERROR);
        assertThat(outcome.errorType()).isEqualTo("Runtime.UserException");
        assertThat(outcome.body()).contains("boom");
    }

    @Test
    void theRuntimeIsIdleOnlyOnceItAsksForTheNextEventAfterItsAnswer() throws Exception {
        InvocationRequest request = request("r-5", "{}");
        server.submit(request);
        get("/invocation/next");
        assertThat(server.awaitRuntimeIdle(0, () -> false)).as("busy with r-5").isFalse();
        post("/invocation/r-5/error", "{\"errorMessage\":\"boom\"}", "Runtime.UserException");
        assertThat(server.awaitRuntimeIdle(0, () -> false)).as("answered, not yet asking for the next event").isFalse();
        assertThat(server.awaitRuntimeIdle(60_000, () -> true)).as("a runtime that is gone is not waited for").isFalse();

        var nextPoll = http.sendAsync(HttpRequest.newBuilder(uri("/invocation/next")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(server.awaitRuntimeIdle(60_000, () -> false)).as("asking for the next event").isTrue();
        nextPoll.cancel(true);
    }

    @Test
    void anUnknownRequestIdIsRejected() throws Exception {
        HttpResponse<String> posted = post("/invocation/nope/response", "{}", null);

        assertThat(posted.statusCode()).isEqualTo(400);
        assertThat(posted.body()).contains("InvalidRequestID");
    }

    @Test
    void aResponseOverTheSixMegabytePayloadLimitFailsTheInvocation() throws Exception {
        InvocationRequest request = request("r-3", "{}");
        server.submit(request);
        get("/invocation/next");

        HttpResponse<String> posted = post("/invocation/r-3/response", "x".repeat(RuntimeApiServer.MAX_RESPONSE_BYTES + 1), null);

        assertThat(posted.statusCode()).isEqualTo(413);
        assertThat(request.outcome.get(5, TimeUnit.SECONDS).errorType()).isEqualTo("Function.ResponseSizeTooLarge");
    }

    @Test
    void anInitErrorFailsTheWaitingAndEveryLaterInvocation() throws Exception {
        InvocationRequest waiting = request("r-4", "{}");
        server.submit(waiting);

        post("/init/error", "{\"errorMessage\":\"Class not found\"}", "Runtime.ImportModuleError");
        InvocationRequest later = request("r-5", "{}");
        server.submit(later);

        assertThat(waiting.outcome.get(5, TimeUnit.SECONDS).kind()).isEqualTo(InvocationOutcome.Kind.INIT_ERROR);
        assertThat(later.outcome.get(5, TimeUnit.SECONDS).body()).contains("Class not found");
    }

    private static InvocationRequest request(String id, String payload) {
        return new InvocationRequest(id, payload, "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1",
                "arn:aws:lambda:eu-west-1:123456789012:function:fn", 1795154400000L);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, String errorType) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (errorType != null) {
            builder.header(RuntimeApiServer.ERROR_TYPE, errorType);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://" + server.address() + RuntimeApiServer.BASE + path);
    }
}
