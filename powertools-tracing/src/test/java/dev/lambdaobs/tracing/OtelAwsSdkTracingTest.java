package dev.lambdaobs.tracing;

import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringArrayKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaobs.core.invocation.ColdStart;
import dev.lambdaobs.core.invocation.TraceHeader;
import dev.lambdaobs.core.pipeline.Observability;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.TraceHeaders;
import dev.lambdaobs.tracing.downstream.AwsSdkTracing;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
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
 * the real OpenTelemetry SDK (in-memory exporter): CLIENT spans under the handler span, and the
 * outgoing {@code X-Amzn-Trace-Id} naming them.
 */
class OtelAwsSdkTracingTest {
    private final TracingFixture fixture = new TracingFixture();
    private final InMemoryOtelTracer tracer = new InMemoryOtelTracer();
    private final LoopbackDynamo dynamo = new LoopbackDynamo();
    private final DynamoDbClient client = DynamoDbClient.builder()
            .endpointOverride(dynamo.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDLOOPBACK", "secret")))
            .httpClient(UrlConnectionHttpClient.create())
            .overrideConfiguration(c -> c.addExecutionInterceptor(AwsSdkTracing.interceptor(tracer, fixture.diagnostics)))
            .build();
    private final Observability observability = Observability.builder()
            .config(fixture.config)
            .coldStart(ColdStart.newEnvironment())
            .step(TracingStep.builder(fixture.tracingConfig).tracer(tracer).build())
            .build();

    @AfterEach
    void close() {
        client.close();
        dynamo.close();
        fixture.close();
    }

    private GetItemRequest getOrder() {
        return GetItemRequest.builder().tableName("orders").key(Map.of("id", AttributeValue.fromS("o-1"))).build();
    }

    @Test
    void aCallIsAClientSpanOfTheCurrentSpanAndItsHeaderNamesItWithTheLineage() {
        String header = TraceHeaders.sampled();
        String item = observability.call("e", FakeContext.builder().xrayTraceId(header).build(),
                () -> tracer.trace("## loadOrder", () -> client.getItem(getOrder()).item().get("id").s()));

        assertThat(item).isEqualTo("o-1");
        SpanData load = tracer.span("## loadOrder");
        SpanData call = tracer.span("DynamoDb.GetItem");
        assertThat(call.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(call.getParentSpanId()).isEqualTo(load.getSpanId());
        assertThat(call.getTraceId()).isEqualTo(load.getTraceId());
        assertThat(call.getAttributes().get(stringKey("rpc.system"))).isEqualTo("aws-api");
        assertThat(call.getAttributes().get(stringKey("rpc.service"))).isEqualTo("DynamoDb");
        assertThat(call.getAttributes().get(stringKey("rpc.method"))).isEqualTo("GetItem");
        assertThat(call.getAttributes().get(stringKey("aws.request_id"))).isEqualTo(LoopbackDynamo.REQUEST_ID);
        assertThat(call.getAttributes().get(stringArrayKey("aws.dynamodb.table_names"))).containsExactly("orders");
        assertThat(call.getAttributes().get(longKey("http.response.status_code"))).isEqualTo(200L);
        assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);

        TraceHeader sent = TraceHeader.parse(dynamo.traceHeaders().get(0)).orElseThrow();
        TraceHeader received = TraceHeader.parse(header).orElseThrow();
        assertThat(sent.root()).isEqualTo(received.root());
        assertThat(sent.parent()).contains(call.getSpanId());
        assertThat(sent.sampled()).isEqualTo(TraceHeader.Sampling.SAMPLED);
        assertThat(sent.others()).containsEntry("Lineage", "a87bd80c:1");
    }

    @Test
    void aBatchCallNamesEveryTable() {
        observability.call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), () -> client.batchGetItem(b -> b
                .requestItems(Map.of("orders", keys(), "customers", keys()))));

        assertThat(tracer.span("DynamoDb.BatchGetItem").getAttributes().get(stringArrayKey("aws.dynamodb.table_names")))
                .containsExactly("customers", "orders");
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

        SpanData call = tracer.span("DynamoDb.GetItem");
        assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(call.getAttributes().get(longKey("http.response.status_code"))).isEqualTo(400L);
        assertThat(call.getAttributes().get(stringKey("error.type"))).isEqualTo(ResourceNotFoundException.class.getName());
        assertThat(call.getEvents()).singleElement().satisfies(event -> {
            assertThat(event.getName()).isEqualTo("exception");
            assertThat(event.getAttributes().get(stringKey("exception.type"))).isEqualTo(ResourceNotFoundException.class.getName());
        });
        assertThat(fixture.warnings).isEmpty();
    }

    @Test
    void anUnsampledInvocationRecordsNothingAndPropagatesItsDecision() {
        String header = TraceHeaders.notSampled();
        observability.call("e", FakeContext.builder().xrayTraceId(header).build(), () -> client.getItem(getOrder()));

        assertThat(tracer.spans()).isEmpty();
        TraceHeader sent = TraceHeader.parse(dynamo.traceHeaders().get(0)).orElseThrow();
        assertThat(sent.root()).isEqualTo(TraceHeader.parse(header).orElseThrow().root());
        assertThat(sent.sampled()).isEqualTo(TraceHeader.Sampling.NOT_SAMPLED);
        assertThat(sent.others()).containsEntry("Lineage", "a87bd80c:1");
    }

    @Test
    void aCallOutsideAnySpanIsNeitherTracedNorGivenAHeader() {
        assertThat(client.getItem(getOrder()).item()).containsKey("id");

        assertThat(tracer.spans()).isEmpty();
        assertThat(dynamo.traceHeaders()).containsExactly("");
    }

    @Test
    void aNoopTracersInterceptorLeavesCallsAlone() {
        try (DynamoDbClient plain = DynamoDbClient.builder().endpointOverride(dynamo.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDLOOPBACK", "secret")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.addExecutionInterceptor(AwsSdkTracing.interceptor(Tracer.noop())))
                .build()) {
            observability.call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), () -> plain.getItem(getOrder()));
        }

        assertThat(tracer.spans()).extracting(SpanData::getName).containsExactly("## handleRequest");
        assertThat(dynamo.traceHeaders()).containsExactly("");
    }
}
