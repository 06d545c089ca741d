package dev.lambdaobs.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaobs.core.invocation.TraceHeader;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.ReceivedSpan;
import dev.lambdaobs.test.TraceHeaders;
import dev.lambdaobs.tracing.downstream.AwsSdkTracing;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * A real AWS SDK v2 client calling DynamoDB on loopback, traced by the backend-neutral interceptor on
 * our OpenTelemetry backend: CLIENT spans under the handler's spans, received over UDP by the daemon
 * stand-in and decoded, and the outgoing {@code X-Amzn-Trace-Id} naming them.
 */
class OtelAwsSdkTracingTest {
    private final TracingFixture fixture = TracingFixture.otel();
    private final Tracer tracer = fixture.tracer;
    private final LoopbackDynamo dynamo = new LoopbackDynamo();
    private final DynamoDbClient client = dynamo(AwsSdkTracing.interceptor(tracer, fixture.diagnostics));
    private final Observability observability = fixture.observability();

    @AfterEach
    void close() {
        client.close();
        dynamo.close();
        fixture.close();
    }

    private DynamoDbClient dynamo(software.amazon.awssdk.core.interceptor.ExecutionInterceptor interceptor) {
        return DynamoDbClient.builder()
                .endpointOverride(dynamo.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDLOOPBACK", "secret")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.addExecutionInterceptor(interceptor))
                .build();
    }

    private static GetItemRequest getOrder() {
        return GetItemRequest.builder().tableName("orders").key(Map.of("id", AttributeValue.fromS("o-1"))).build();
    }

    static ReceivedSpan named(List<ReceivedSpan> spans, String name) {
        return spans.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no span " + name + " in " + spans));
    }

    @Test
    void aCallIsAClientSpanOfTheCurrentSpanAndItsHeaderNamesItWithTheLineage() {
        String header = TraceHeaders.sampled();
        String item = observability.call("e", FakeContext.builder().xrayTraceId(header).build(),
                () -> tracer.trace("## loadOrder", () -> client.getItem(getOrder()).item().get("id").s()));

        assertThat(item).isEqualTo("o-1");
        List<ReceivedSpan> spans = fixture.spans(3);
        ReceivedSpan load = named(spans, "## loadOrder");
        ReceivedSpan call = named(spans, "DynamoDb.GetItem");
        TraceHeader received = TraceHeader.parse(header).orElseThrow();
        assertThat(call.xrayTraceId()).isEqualTo(received.root());
        assertThat(call.kind()).isEqualTo("SPAN_KIND_CLIENT");
        assertThat(call.parentSpanId()).isEqualTo(load.spanId());
        assertThat(call.attributes())
                .containsEntry("rpc.system", "aws-api")
                .containsEntry("rpc.service", "DynamoDb")
                .containsEntry("rpc.method", "GetItem")
                .containsEntry("aws.request_id", LoopbackDynamo.REQUEST_ID)
                .containsEntry("aws.dynamodb.table_names", List.of("orders"))
                .containsEntry("http.response.status_code", 200L);
        assertThat(call.statusCode()).isEqualTo("STATUS_CODE_UNSET");

        TraceHeader sent = TraceHeader.parse(dynamo.traceHeaders().get(0)).orElseThrow();
        assertThat(sent.root()).isEqualTo(received.root());
        assertThat(sent.parent()).contains(call.spanId());
        assertThat(sent.sampled()).isEqualTo(TraceHeader.Sampling.SAMPLED);
        assertThat(sent.others()).containsEntry("Lineage", "a87bd80c:1");
    }

    @Test
    void aBatchCallNamesEveryTable() {
        observability.call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), () -> client.batchGetItem(b -> b
                .requestItems(Map.of("orders", keys(), "customers", keys()))));

        assertThat(named(fixture.spans(2), "DynamoDb.BatchGetItem").attributes())
                .containsEntry("aws.dynamodb.table_names", List.of("customers", "orders"));
    }

    private static KeysAndAttributes keys() {
        return KeysAndAttributes.builder().keys(List.of(Map.of("id", AttributeValue.fromS("k")))).build();
    }

    @Test
    void aFailedCallIsAnErrorSpanWithTheRemoteExceptionAndTheCallersExceptionIsUnchanged() {
        dynamo.failWithResourceNotFound();
        observability.call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), () -> {
            assertThatThrownBy(() -> client.getItem(getOrder())).isInstanceOf(ResourceNotFoundException.class)
                    .hasMessageContaining("Requested resource not found");
            return "handled";
        });

        ReceivedSpan call = named(fixture.spans(2), "DynamoDb.GetItem");
        assertThat(call.statusCode()).isEqualTo("STATUS_CODE_ERROR");
        assertThat(call.attributes())
                .containsEntry("http.response.status_code", 400L)
                .containsEntry("error.type", ResourceNotFoundException.class.getName());
        assertThat(call.events()).singleElement().satisfies(event -> {
            assertThat(event.name()).isEqualTo("exception");
            assertThat(event.attributes()).containsEntry("exception.type", ResourceNotFoundException.class.getName());
        });
        assertThat(fixture.warnings).isEmpty();
    }

    @Test
    void anUnsampledInvocationPropagatesItsHeaderUnchanged() {
        String header = TraceHeaders.notSampled();
        observability.call("e", FakeContext.builder().xrayTraceId(header).build(), () -> client.getItem(getOrder()));

        assertThat(dynamo.traceHeaders()).containsExactly(header);
        assertThat(fixture.daemon.spans()).noneMatch(ReceivedSpan::sampled);
    }

    @Test
    void aCallOutsideAnySpanIsNeitherTracedNorGivenAHeader() {
        assertThat(client.getItem(getOrder()).item()).containsKey("id");

        assertThat(dynamo.traceHeaders()).containsExactly("");
        observability.call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), () -> "sentinel");
        assertThat(fixture.spans(1)).extracting(ReceivedSpan::name).containsExactly("## handleRequest");
    }

    @Test
    void aNoopTracersInterceptorLeavesCallsAlone() {
        try (DynamoDbClient plain = dynamo(AwsSdkTracing.interceptor(Tracer.noop()))) {
            observability.call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), () -> plain.getItem(getOrder()));
        }

        assertThat(fixture.spans(1)).extracting(ReceivedSpan::name).containsExactly("## handleRequest");
        assertThat(dynamo.traceHeaders()).containsExactly("");
    }
}
