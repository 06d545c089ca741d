package dev.lambdaobs.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.invocation.TraceHeader;
import dev.lambdaobs.test.FakeContext;
import dev.lambdaobs.test.TraceHeaders;
import dev.lambdaobs.tracing.downstream.AwsSdkTracing;
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
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/** A real AWS SDK v2 client, traced through the X-Ray SDK's interceptor, calling DynamoDB on loopback. */
class AwsSdkTracingTest {
    private final TracingFixture fixture = new TracingFixture();
    private final LoopbackDynamo dynamo = new LoopbackDynamo();
    private final DynamoDbClient client = DynamoDbClient.builder()
            .endpointOverride(dynamo.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDLOOPBACK", "secret")))
            .httpClient(UrlConnectionHttpClient.create())
            .overrideConfiguration(c -> c.addExecutionInterceptor(AwsSdkTracing.interceptor(fixture.tracer)))
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
    void aCallAppearsAsAnAwsSubsegmentOfTheCurrentSpanAndPropagatesTheTraceWithItsLineage() {
        String header = TraceHeaders.sampled();
        String item = fixture.observability().call("e", FakeContext.builder().xrayTraceId(header).build(),
                () -> fixture.tracer.trace("## loadOrder", () -> client.getItem(getOrder()).item().get("id").s()));

        assertThat(item).isEqualTo("o-1");
        JsonNode load = fixture.onlyDocument().path("subsegments").get(0);
        JsonNode call = load.path("subsegments").get(0);
        assertThat(call.path("name").asText()).isEqualTo("DynamoDb");
        assertThat(call.path("namespace").asText()).isEqualTo("aws");
        assertThat(call.path("aws").path("operation").asText()).isEqualTo("GetItem");
        assertThat(call.path("aws").path("table_name").asText()).isEqualTo("orders");
        assertThat(call.path("aws").path("region").asText()).isEqualTo("us-east-1");
        assertThat(call.path("aws").path("request_id").asText()).isEqualTo(LoopbackDynamo.REQUEST_ID);
        assertThat(call.path("http").path("response").path("status").asInt()).isEqualTo(200);

        TraceHeader sent = TraceHeader.parse(dynamo.traceHeaders().get(0)).orElseThrow();
        TraceHeader received = TraceHeader.parse(header).orElseThrow();
        assertThat(sent.root()).isEqualTo(received.root());
        assertThat(sent.parent()).contains(call.path("id").asText());
        assertThat(sent.sampled()).isEqualTo(TraceHeader.Sampling.SAMPLED);
        assertThat(sent.others()).containsEntry("Lineage", "a87bd80c:1");
    }

    @Test
    void aFailedCallIsMarkedAsAClientErrorWithTheRemoteException() {
        dynamo.failWithResourceNotFound();
        fixture.observability().call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(),
                () -> {
                    assertThatThrownBy(() -> client.getItem(getOrder())).isInstanceOf(ResourceNotFoundException.class);
                    return "handled";
                });

        JsonNode call = fixture.onlyDocument().path("subsegments").get(0);
        assertThat(call.path("error").asBoolean()).isTrue();
        assertThat(call.path("http").path("response").path("status").asInt()).isEqualTo(400);
        JsonNode exception = call.path("cause").path("exceptions").get(0);
        assertThat(exception.path("remote").asBoolean()).isTrue();
        assertThat(exception.path("type").asText()).isEqualTo(ResourceNotFoundException.class.getName());
    }

    @Test
    void aCallOutsideAnyInvocationIsNotTracedAndReportedOnce() {
        assertThat(client.getItem(getOrder()).item()).containsKey("id");
        assertThat(client.getItem(getOrder()).item()).containsKey("id");
        assertThat(fixture.warnings).singleElement().asString().contains("X-Ray:", "not recorded");
    }

    @Test
    void theTracersDownstreamHeaderCarriesTheLineageToo() {
        String header = TraceHeaders.sampled();
        String downstream = fixture.observability().call("e", FakeContext.builder().xrayTraceId(header).build(),
                () -> fixture.tracer.downstreamTraceHeader().orElseThrow());
        JsonNode handler = fixture.onlyDocument();
        assertThat(downstream).isEqualTo("Root=" + TraceHeader.parse(header).orElseThrow().root() + ";Parent="
                + handler.path("id").asText() + ";Sampled=1;Lineage=a87bd80c:1");
    }

    @Test
    void anUnsampledInvocationPropagatesItsDecisionDownstreamAndRecordsNothing() {
        String header = TraceHeaders.notSampled();
        String downstream = fixture.observability().call("e", FakeContext.builder().xrayTraceId(header).build(), () -> {
            client.getItem(getOrder());
            return fixture.tracer.downstreamTraceHeader().orElseThrow();
        });

        assertThat(downstream).isEqualTo(header);
        assertThat(dynamo.traceHeaders()).containsExactly(header);
        fixture.observability().call("e", FakeContext.builder().xrayTraceId(TraceHeaders.sampled()).build(), () -> "sentinel");
        assertThat(fixture.onlyDocument().path("metadata").path("orders").path("handleRequest response").asText())
                .isEqualTo("sentinel");
    }
}
