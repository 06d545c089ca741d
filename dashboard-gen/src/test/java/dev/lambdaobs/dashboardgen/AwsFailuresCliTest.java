package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaobs.dashboardgen.aws.AwsClients;
import dev.lambdaobs.dashboardgen.aws.AwsOptions;
import dev.lambdaobs.dashboardgen.cli.Main;
import dev.lambdaobs.dashboardgen.fakeaws.AwsError;
import dev.lambdaobs.dashboardgen.fakeaws.FakeAws;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;

/**
 * apply, discover and query when AWS cannot be used: each ends with exit 2 (usage or input), 3 (AWS
 * refused or failed) or 4 (unreachable) and one line naming the cause and what to do, with no stack
 * trace unless --debug. Every endpoint is on loopback; credentials and region are given explicitly
 * and instance metadata is off (the pom), so the SDK never reaches any other address.
 */
class AwsFailuresCliTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();
    private final FakeAws aws = new FakeAws();
    private Path template;

    @BeforeEach
    void standaloneTemplate() throws IOException {
        Path config = Files.writeString(dir.resolve("monitoring.yaml"), "service: orders\nresources:\n"
                + "  OrdersFunction: { physicalName: orders-prod-fn }\n");
        assertThat(Main.run("generate", "--template", TestSupport.resource("golden/lambda.yaml").toString(), "--config",
                config.toString(), "--mode", "standalone", "--out", dir.resolve("out").toString())).isZero();
        template = dir.resolve("out/orders.template.json");
        console.reset();
    }

    @AfterEach
    void stopFakeAws() {
        aws.close();
    }

    private int run(String... args) {
        console.reset();
        return Main.run(args);
    }

    private String[] at(String endpoint, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--region", "eu-west-1", "--endpoint-url", endpoint));
        return all.toArray(String[]::new);
    }

    /** One line on stderr, no stack trace. */
    private void assertOneLine(String... parts) {
        String err = console.err();
        assertThat(err).contains(parts).doesNotContain("\tat ", "Exception in thread");
        assertThat(err.strip().lines().filter(l -> l.startsWith("dashboard-gen: "))).hasSize(1);
    }

    @Test
    void refusedConnectionIsExit4ForEachCommand() throws IOException {
        try (Socket held = TestSupport.boundNotListening()) {
            refusedConnectionIsExit4ForEachCommand(TestSupport.endpoint(held));
        }
    }

    private void refusedConnectionIsExit4ForEachCommand(String closed) throws IOException {
        assertThat(run(at(closed, "apply", "--template", template.toString(), "--dry-run"))).isEqualTo(Main.AWS_UNREACHABLE);
        assertOneLine("cannot reach AWS", "Connection refused", "--endpoint-url");
        assertThat(run(at(closed, "discover", "--stack", "orders", "--out", dir.resolve("d.yaml").toString())))
                .isEqualTo(Main.AWS_UNREACHABLE);
        assertOneLine("cannot reach AWS");
        assertThat(dir.resolve("d.yaml")).doesNotExist();
        assertThat(run(at(closed, "query", "--log-group", "/aws/lambda/x", "--query", "fields @message")))
                .isEqualTo(Main.AWS_UNREACHABLE);
        assertOneLine("cannot reach AWS");
    }

    @Test
    void debugAddsTheStackTrace() throws IOException {
        try (Socket held = TestSupport.boundNotListening()) {
            assertThat(run(at(TestSupport.endpoint(held), "apply", "--template", template.toString(), "--dry-run", "--aws-timeout",
                    "1", "--debug"))).isEqualTo(Main.AWS_UNREACHABLE);
        }
        assertThat(console.err()).contains("dashboard-gen: AWS did not answer in time", "\tat software.amazon.awssdk");
    }

    @Test
    void aSilentEndpointTimesOutWithinTheCallTimeout() throws IOException {
        // Accepts connections (the kernel's backlog) but never answers.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            long started = System.nanoTime();
            int code = run(at("http://127.0.0.1:" + silent.getLocalPort(), "apply", "--template", template.toString(),
                    "--dry-run", "--aws-timeout", "1"));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(code).isEqualTo(Main.AWS_UNREACHABLE);
            assertOneLine("did not answer in time", "--aws-timeout");
            assertThat(took).isLessThan(Duration.ofSeconds(15));
        }
    }

    @Test
    void clientsBoundEveryCallByDefault() {
        AwsOptions options = new AwsOptions(Optional.of("eu-west-1"), Optional.empty(), Optional.of(aws.server.endpoint()));
        assertThat(options.callTimeout()).isEqualTo(AwsClients.DEFAULT_CALL_TIMEOUT);
        try (CloudWatchClient client = new AwsClients(options).cloudWatch()) {
            var override = client.serviceClientConfiguration().overrideConfiguration();
            assertThat(override.apiCallTimeout()).contains(AwsClients.DEFAULT_CALL_TIMEOUT);
            assertThat(override.apiCallAttemptTimeout()).contains(AwsClients.ATTEMPT_TIMEOUT);
        }
        assertThat(AwsClients.DEFAULT_CALL_TIMEOUT).isLessThanOrEqualTo(Duration.ofMinutes(2));
        assertThat(AwsClients.CONNECT_TIMEOUT).isLessThanOrEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void accessDeniedIsExit3SayingWhatToDo() {
        String endpoint = aws.server.endpoint().toString();
        aws.server.on("DescribeAlarms", request -> {
            throw new AwsError(403, "AccessDenied", "User: arn:aws:iam::123456789012:user/ops is not authorized to perform: "
                    + "cloudwatch:DescribeAlarms");
        });
        assertThat(run(at(endpoint, "apply", "--template", template.toString(), "--dry-run"))).isEqualTo(Main.AWS_FAILED);
        assertOneLine("403 AccessDenied", "cloudwatch:DescribeAlarms", "permission");

        aws.server.onQuery("ListStackResources", params -> {
            throw new AwsError(403, "AccessDenied", "not authorized to perform: cloudformation:ListStackResources");
        });
        assertThat(run(at(endpoint, "discover", "--stack", "orders", "--out", dir.resolve("d.yaml").toString())))
                .isEqualTo(Main.AWS_FAILED);
        assertOneLine("403 AccessDenied", "cloudformation:ListStackResources");

        aws.server.on("StartQuery", request -> {
            throw new AwsError(400, "UnrecognizedClientException", "The security token included in the request is invalid.");
        });
        assertThat(run(at(endpoint, "query", "--log-group", "/aws/lambda/x", "--query", "fields @message")))
                .isEqualTo(Main.AWS_FAILED);
        assertOneLine("rejected the credentials", "aws sso login");
    }

    @Test
    void aServerErrorIsExit3AfterTheRetries() {
        aws.server.on("DescribeAlarms", request -> {
            throw new AwsError(500, "InternalFailure", "The request processing has failed because of an unknown error");
        });
        assertThat(run(at(aws.server.endpoint().toString(), "apply", "--template", template.toString(), "--dry-run")))
                .isEqualTo(Main.AWS_FAILED);
        assertOneLine("500 InternalFailure", "try again later");
        assertThat(aws.server.calls("DescribeAlarms")).hasSizeGreaterThan(1);
    }

    @Test
    void noRegionNoCredentialsAndABadProfileAreExit2() {
        String endpoint = aws.server.endpoint().toString();
        assertThat(run("apply", "--template", template.toString(), "--dry-run", "--endpoint-url", endpoint))
                .isEqualTo(Main.BAD_INPUT);
        assertOneLine("no AWS region", "--region");

        assertThat(run(at(endpoint, "discover", "--stack", "orders", "--out", dir.resolve("d.yaml").toString(), "--profile",
                "nope"))).isEqualTo(Main.BAD_INPUT);
        assertOneLine("--profile nope: no such profile");

        String key = System.clearProperty("aws.accessKeyId");
        String secret = System.clearProperty("aws.secretAccessKey");
        try {
            assertThat(run(at(endpoint, "query", "--log-group", "/aws/lambda/x", "--query", "fields @message")))
                    .isEqualTo(Main.BAD_INPUT);
            assertOneLine("no AWS credentials", "AWS_PROFILE");
        } finally {
            System.setProperty("aws.accessKeyId", key);
            System.setProperty("aws.secretAccessKey", secret);
        }
        assertThat(aws.server.calls()).isEmpty();
    }

    @Test
    void discoverExits2WhenItCannotWriteItsOutput() {
        aws.server.onQuery("ListStackResources", params -> "<StackResourceSummaries/>");
        Path out = dir.resolve("missing-dir/d.yaml");
        assertThat(run(at(aws.server.endpoint().toString(), "discover", "--stack", "orders", "--out", out.toString())))
                .isEqualTo(Main.BAD_INPUT);
        assertOneLine("missing-dir");
    }
}
