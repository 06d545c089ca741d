package dev.lambdaobs.examples.localrun;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.examples.support.SharedSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * One example function in its own JVM under the real runtime interface client (its native client
 * included), against the loopback Runtime API, X-Ray listener and AWS stand-in: what the local run
 * does, for one function. Linux only: the client's native libraries are.
 */
@EnabledOnOs(OS.LINUX)
class LocalLambdaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> stdout = new CopyOnWriteArrayList<>();
    private final List<String> stderr = new CopyOnWriteArrayList<>();
    private final List<String> segments = new CopyOnWriteArrayList<>();
    private XRayDaemonListener xray;
    private AwsStandIn aws;
    private LaunchSettings settings;

    @BeforeEach
    void start() throws Exception {
        xray = XRayDaemonListener.start(segments::add);
        aws = AwsStandIn.start(Map.of(DynamoDbStandIn.TARGET_PREFIX,
                new DynamoDbStandIn(Map.of(ExampleFunctions.ORDERS_TABLE, ExampleFunctions.ORDERS_TABLE_HASH_KEY))));
        Path runtimeDir = Path.of(System.getProperty("lambdaobs.examples.runtimeDir", "target/lambda-runtime"));
        List<Path> runtimeJars;
        try (Stream<Path> jars = Files.list(runtimeDir)) {
            runtimeJars = jars.map(Path::toAbsolutePath).sorted().toList();
        }
        Path taskRoot = Path.of(System.getProperty("lambdaobs.examples.taskRoot", "target/lambda-task")).toAbsolutePath();
        settings = new LaunchSettings(runtimeJars, taskRoot, xray.address(), aws.endpoint(), ExampleFunctions.REGION, ExampleFunctions.ACCOUNT);
    }

    @AfterEach
    void stop() throws Exception {
        aws.close();
        xray.close();
    }

    @Test
    void aFunctionAnswersItsColdAndWarmInvocationsThroughTheRuntimeClient() throws Exception {
        ExampleEvents events = new ExampleEvents(Path.of("events"));
        InvocationRecord cold;
        InvocationRecord warm;
        try (LocalLambda lambda = LocalLambda.start(ExampleFunctions.GET_ORDER, settings, stdout::add, stderr::add)) {
            cold = lambda.invoke(events.getOrder("o-missing"));
            warm = lambda.invoke(events.getOrder("o-missing-too"));
        }

        assertThat(cold.outcome().kind()).as("stderr: %s", stderr).isEqualTo(InvocationOutcome.Kind.RESPONSE);
        assertThat(JSON.readTree(cold.outcome().body()).path("statusCode").asInt()).isEqualTo(404);
        assertThat(cold.coldStart()).isTrue();
        assertThat(warm.coldStart()).isFalse();
        assertThat(warm.requestId()).isNotEqualTo(cold.requestId());
        assertThat(warm.traceId()).isNotEqualTo(cold.traceId()).startsWith("1-");
        assertThat(aws.calls()).containsEntry("DynamoDB_20120810.GetItem", 2L);

        List<JsonNode> lines = new ArrayList<>();
        for (String line : stdout) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).as("every stdout line is a JSON object").allMatch(JsonNode::isObject);
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.path("message").asText()).isEqualTo("Order not found");
            assertThat(line.path("function_request_id").asText()).isEqualTo(cold.requestId());
            assertThat(line.path("xray_trace_id").asText()).isEqualTo(cold.traceId());
            assertThat(line.path("cold_start").asBoolean()).isTrue();
            assertThat(line.path("function_name").asText()).isEqualTo(ExampleFunctions.GET_ORDER.functionName());
        });
        lines.stream().filter(line -> line.has("_aws")).forEach(SharedSchemas::assertValidEmf);
        assertThat(lines).anySatisfy(line -> assertThat(line.path("ColdStart").asInt()).isEqualTo(1));

        long deadline = System.nanoTime() + 5_000_000_000L;
        while (segments.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(segments).hasSize(2);
        for (String segment : segments) {
            SharedSchemas.assertValidSegment(JSON.readTree(segment));
        }
        assertThat(JSON.readTree(segments.get(0)).path("trace_id").asText()).isEqualTo(cold.traceId());
        assertThat(JSON.readTree(segments.get(0)).path("annotations").path("ColdStart").asBoolean()).isTrue();
    }

    @Test
    void aFunctionWhoseInitFailsReportsAnInitErrorNamingTheCause() throws Exception {
        Map<String, String> env = new HashMap<>(ExampleFunctions.CREATE_ORDER.environment());
        env.remove("PAYMENTS_QUEUE_URL");
        LocalFunction broken = new LocalFunction("CreateOrderFunction", "broken-create-order",
                ExampleFunctions.CREATE_ORDER.handler(), 512, 15, env);
        InvocationRecord record;
        try (LocalLambda lambda = LocalLambda.start(broken, settings, stdout::add, stderr::add)) {
            record = lambda.invoke("{}");
        }

        assertThat(record.outcome().kind()).isEqualTo(InvocationOutcome.Kind.INIT_ERROR);
        assertThat(record.outcome().body()).contains("PAYMENTS_QUEUE_URL");
    }
}
