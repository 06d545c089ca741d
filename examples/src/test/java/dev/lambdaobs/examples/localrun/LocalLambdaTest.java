package dev.lambdaobs.examples.localrun;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.examples.support.SharedSchemas;
import dev.lambdaobs.test.FakeXRayDaemon;
import dev.lambdaobs.test.ReceivedSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * included), against the loopback Runtime API, the test kit's daemon stand-in (which decodes the OTLP
 * spans) and the AWS stand-in: what the local run does, for one function. Linux only: the client's
 * native libraries are.
 */
@EnabledOnOs(OS.LINUX)
class LocalLambdaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> stdout = new CopyOnWriteArrayList<>();
    private final List<String> stderr = new CopyOnWriteArrayList<>();
    private final FakeXRayDaemon xray = FakeXRayDaemon.start();
    private AwsStandIn aws;
    private LaunchSettings settings;

    @BeforeEach
    void start() throws Exception {
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

        List<ReceivedSpan> spans = xray.awaitSpans(4, Duration.ofSeconds(5));
        assertThat(xray.malformedDatagrams()).isEmpty();
        assertThat(spans).as("a handler span and a DynamoDB client span per invocation").hasSize(4);
        for (InvocationRecord invocation : List.of(cold, warm)) {
            List<ReceivedSpan> trace = spans.stream().filter(span -> span.xrayTraceId().equals(invocation.traceId())).toList();
            assertThat(trace).extracting(ReceivedSpan::name).containsExactlyInAnyOrder("## handleRequest", "DynamoDb.GetItem");
            ReceivedSpan handler = trace.stream().filter(span -> span.name().equals("## handleRequest")).findFirst().orElseThrow();
            ReceivedSpan call = trace.stream().filter(span -> span.name().equals("DynamoDb.GetItem")).findFirst().orElseThrow();
            assertThat(handler.attributes()).containsEntry("ColdStart", invocation.coldStart()).containsEntry("faas.coldstart", invocation.coldStart());
            assertThat(call.kind()).isEqualTo("SPAN_KIND_CLIENT");
            assertThat(call.parentSpanId()).isEqualTo(handler.spanId());
            assertThat(call.attributes()).containsEntry("aws.dynamodb.table_names", List.of(ExampleFunctions.ORDERS_TABLE));
        }
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
