package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.dashboardgen.cli.Main;
import dev.lambdaobs.dashboardgen.fakeaws.AwsError;
import dev.lambdaobs.dashboardgen.fakeaws.FakeAws;
import dev.lambdaobs.dashboardgen.fakeaws.FakeLiveTail;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tail} end to end: the real SDK's StartLiveTail (Netty client) against a loopback stand-in
 * that answers with the binary event stream the service sends.
 */
class TailCliTest {
    static final String ERROR_LINE = "{\"timestamp\":\"2026-11-21T10:00:00.123Z\",\"level\":\"ERROR\",\"message\":\"payment declined\","
            + "\"service\":\"orders\",\"function_name\":\"orders-fn\",\"function_request_id\":\"req-1\",\"correlation_id\":\"order-7\","
            + "\"error\":{\"type\":\"PaymentDeclinedException\",\"message\":\"card expired\",\"stack\":\"...\"}}";
    static final String REPORT_LINE = "REPORT RequestId: req-1\tDuration: 12.30 ms\tBilled Duration: 13 ms";
    private static final String ORDERS_ARN = "arn:aws:logs:eu-west-1:" + FakeAws.ACCOUNT + ":log-group:/aws/lambda/orders-fn";

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();
    private final FakeAws aws = new FakeAws();
    private final FakeLiveTail liveTail = new FakeLiveTail(aws.server);

    @AfterEach
    void stopFakeAws() {
        aws.close();
    }

    private int tail(String... args) {
        console.reset();
        List<String> all = new ArrayList<>(List.of("tail"));
        all.addAll(List.of(args));
        all.addAll(List.of("--region", "eu-west-1", "--endpoint-url", aws.server.endpoint().toString()));
        return Main.run(all.toArray(String[]::new));
    }

    @Test
    void printsOurLinesReadablyWithTheFilterAndArnsTheServiceReceived() throws Exception {
        liveTail.answerWith(List.of(ERROR_LINE, REPORT_LINE));

        int exit = tail("--log-group", "/aws/lambda/orders-fn", "--log-group", "arn:aws:logs:eu-west-1:999999999999:log-group:/aws/lambda/audit:*",
                "--correlation-id", "order-7", "--level", "error", "--max-events", "2");

        assertThat(exit).isZero();
        assertThat(console.out().split("\n")).containsExactly(
                "2026-11-21 10:00:00.123  ERROR  orders-fn  req-1  payment declined  PaymentDeclinedException",
                "2026-11-21 10:00:00.124  orders-fn  REPORT RequestId: req-1 Duration: 12.30 ms Billed Duration: 13 ms");
        JsonNode session = liveTail.sessions().get(0);
        assertThat(session.path("logGroupIdentifiers")).extracting(JsonNode::asText)
                .containsExactly(ORDERS_ARN, "arn:aws:logs:eu-west-1:999999999999:log-group:/aws/lambda/audit");
        assertThat(session.path("logEventFilterPattern").asText()).isEqualTo(
                "{ ($.correlation_id = \"order-7\") && ($.level = \"ERROR\" || $.level = \"FATAL\") && ($._aws NOT EXISTS) }");
        assertThat(console.err()).contains("live tail session session-1 over 2 log group(s)", "2 event(s); max events");
        awaitClosedSessions(1);
    }

    @Test
    void requestAndTraceIdsFilterOnTheFieldsOurLogsAndLambdasWrite() {
        assertThat(tail("--log-group", "/aws/lambda/orders-fn", "--request-id", "req-1", "--duration", "1s")).isZero();
        assertThat(tail("--log-group", "/aws/lambda/orders-fn", "--trace-id", "1-abc-def", "--duration", "1s")).isZero();
        assertThat(tail("--log-group", "/aws/lambda/orders-fn", "--duration", "1s")).isZero();
        assertThat(console.err()).contains("0 event(s); duration");

        List<JsonNode> sessions = liveTail.sessions();
        assertThat(sessions.get(0).path("logEventFilterPattern").asText()).isEqualTo(
                "{ ($.function_request_id = \"req-1\" || $.record.requestId = \"req-1\" || $.requestId = \"req-1\") }");
        assertThat(sessions.get(1).path("logEventFilterPattern").asText()).isEqualTo("{ ($.xray_trace_id = \"1-abc-def\") }");
        assertThat(sessions.get(2).has("logEventFilterPattern")).as("no filter: every line, text lines too").isFalse();
    }

    @Test
    void jsonPrintsTheRawEventsOneALine() throws Exception {
        liveTail.answerWith(List.of(ERROR_LINE, REPORT_LINE));

        assertThat(tail("--log-group", "/aws/lambda/orders-fn", "--json", "--max-events", "2")).isZero();

        String[] lines = console.out().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertThat(first.path("message").asText()).isEqualTo(ERROR_LINE);
        assertThat(first.path("timestamp").asLong()).isEqualTo(FakeLiveTail.FIRST_EVENT_TIME);
        assertThat(first.path("logGroupIdentifier").asText()).isEqualTo(ORDERS_ARN);
        assertThat(new ObjectMapper().readTree(lines[1]).path("message").asText()).isEqualTo(REPORT_LINE);
    }

    @Test
    void moreThanTenLogGroupsAreTailedInSeveralSessions() {
        liveTail.answerWith(List.of(ERROR_LINE));
        List<String> args = new ArrayList<>();
        IntStream.rangeClosed(1, 12).forEach(i -> args.addAll(List.of("--log-group", "/aws/lambda/fn-" + i)));
        args.addAll(List.of("--max-events", "2"));

        assertThat(tail(args.toArray(String[]::new))).isZero();

        assertThat(liveTail.sessions()).extracting(s -> s.path("logGroupIdentifiers").size()).containsExactlyInAnyOrder(10, 2);
        assertThat(console.out().split("\n")).hasSize(2);
    }

    @Test
    void aSessionThatReachesTheThreeHourLimitIsStartedAgain() {
        liveTail.answerWith(List.of(ERROR_LINE)).timeOutNext(1);

        assertThat(tail("--log-group", "/aws/lambda/orders-fn", "--max-events", "2")).isZero();

        assertThat(liveTail.sessions()).hasSize(2);
        assertThat(console.out().split("\n")).hasSize(2);
        assertThat(console.err()).contains("a session reached Live Tail's 3-hour limit; starting a new one");
    }

    @Test
    void refusedCallsExitThreeAndAnUnreachableEndpointFour() throws Exception {
        liveTail.refuseWith(new AwsError(403, "AccessDeniedException",
                "User: arn:aws:iam::123456789012:user/ops is not authorized to perform: logs:StartLiveTail"));
        assertThat(tail("--log-group", "/aws/lambda/orders-fn")).isEqualTo(3);
        assertThat(console.err()).contains("AWS refused the call: AccessDeniedException (HTTP 403)", "logs:StartLiveTail")
                .doesNotContain("\tat ");

        liveTail.refuseWith(new AwsError(500, "ServiceUnavailableException", "try again"));
        assertThat(tail("--log-group", "/aws/lambda/orders-fn")).isEqualTo(3);
        assertThat(console.err()).contains("ServiceUnavailableException (HTTP 500)");

        console.reset();
        try (Socket held = TestSupport.boundNotListening()) {
            assertThat(Main.run("tail", "--log-group", "/aws/lambda/orders-fn", "--region", "eu-west-1",
                    "--endpoint-url", TestSupport.endpoint(held))).isEqualTo(4);
        }
        assertThat(console.err()).contains("cannot reach AWS").doesNotContain("\tat ");
    }

    @Test
    void badInputExitsTwoNamingTheOption() {
        assertThat(tail("--log-group", "/aws/lambda/orders-fn", "--level", "LOUD")).isEqualTo(2);
        assertThat(console.err()).contains("--level LOUD: expected one of TRACE, DEBUG, INFO, WARN, ERROR, FATAL");
        assertThat(tail("--log-group", "/aws/lambda/orders-fn", "--correlation-id", "a\"b")).isEqualTo(2);
        assertThat(console.err()).contains("--correlation-id a\"b: a filter pattern cannot match");
        assertThat(tail("--log-group", "/aws/lambda/orders-fn", "--max-events", "0")).isEqualTo(2);
        assertThat(tail("--log-group", "/aws/lambda/orders-fn", "--duration", "soon")).isEqualTo(2);
        assertThat(console.err()).contains("--duration soon: expected a number followed by s, m, h or d");
        assertThat(tail("--log-group", "/aws/lambda/orders-fn", "--duration", "0s")).isEqualTo(2);
        assertThat(console.err()).contains("--duration 0s: expected more than zero");
        assertThat(tail("--request-id", "r-1")).isEqualTo(2);
        assertThat(console.err()).contains("no log groups: give --log-group");
        assertThat(tail("--log-group", "/aws/lambda/orders-fn", "--request-id", "r-1", "--trace-id", "t-1")).isEqualTo(2);
        assertThat(liveTail.sessions()).isEmpty();
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void sigtermEndsTheTailCleanly(@TempDir Path dir) throws Exception {
        liveTail.answerWith(List.of(ERROR_LINE));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Daws.accessKeyId=AKIDTEST", "-Daws.secretAccessKey=test-secret", "-Daws.disableEc2Metadata=true",
                Main.class.getName(), "tail", "--log-group", "/aws/lambda/orders-fn", "--region", "eu-west-1",
                "--endpoint-url", aws.server.endpoint().toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("AWS_EC2_METADATA_DISABLED", "true");
        Process process = builder.start();
        try {
            for (int i = 0; i < 1200 && Files.readString(out).isEmpty(); i++) {
                Thread.sleep(100);
            }
            assertThat(Files.readString(out)).as("the first event, before the signal").isNotEmpty();

            process.destroy();

            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
        assertThat(process.exitValue()).as("128 + SIGTERM, as shells report it").isEqualTo(143);
        assertThat(Files.readString(out)).isEqualTo(
                "2026-11-21 10:00:00.123  ERROR  orders-fn  req-1  payment declined  PaymentDeclinedException\n");
        assertThat(Files.readString(err)).contains("1 event(s); stopped").doesNotContain("Exception");
        awaitClosedSessions(1);
    }

    private void awaitClosedSessions(int count) throws InterruptedException {
        for (int i = 0; i < 100 && liveTail.closedByClient() < count; i++) {
            Thread.sleep(50);
        }
        assertThat(liveTail.closedByClient()).as("sessions the client closed").isEqualTo(count);
    }
}
