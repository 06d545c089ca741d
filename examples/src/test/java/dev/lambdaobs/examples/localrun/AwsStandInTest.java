package dev.lambdaobs.examples.localrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/** The stand-in as the real AWS SDK v2 talks to it: signing, protocol, response parsing and checksums. */
class AwsStandInTest {
    private static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(
            AwsBasicCredentials.create(FunctionEnvironment.ACCESS_KEY_ID, FunctionEnvironment.SECRET_ACCESS_KEY));
    private final SqsStandIn queue = new SqsStandIn();
    private AwsStandIn standIn;
    private DynamoDbClient dynamo;
    private SqsClient sqs;

    @BeforeEach
    void start() throws Exception {
        standIn = AwsStandIn.start(Map.of(
                DynamoDbStandIn.TARGET_PREFIX, new DynamoDbStandIn(Map.of("orders", "orderId")),
                SqsStandIn.TARGET_PREFIX, queue));
        URI endpoint = URI.create(standIn.endpoint());
        dynamo = DynamoDbClient.builder().endpointOverride(endpoint).region(Region.EU_WEST_1).credentialsProvider(CREDENTIALS)
                .httpClient(UrlConnectionHttpClient.create()).build();
        sqs = SqsClient.builder().endpointOverride(endpoint).region(Region.EU_WEST_1).credentialsProvider(CREDENTIALS)
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    @AfterEach
    void stop() {
        dynamo.close();
        sqs.close();
        standIn.close();
    }

    @Test
    void dynamoDbItemsArePutReadBackAndScanned() {
        dynamo.putItem(p -> p.tableName("orders").item(Map.of("orderId", AttributeValue.fromS("o-1"), "total", AttributeValue.fromN("12.5"))));

        var found = dynamo.getItem(g -> g.tableName("orders").key(Map.of("orderId", AttributeValue.fromS("o-1"))));
        var missing = dynamo.getItem(g -> g.tableName("orders").key(Map.of("orderId", AttributeValue.fromS("o-2"))));

        assertThat(found.item()).containsEntry("total", AttributeValue.fromN("12.5"));
        assertThat(missing.hasItem()).isFalse();
        assertThat(dynamo.scan(s -> s.tableName("orders")).count()).isEqualTo(1);
        assertThat(standIn.calls()).containsEntry("DynamoDB_20120810.PutItem", 1L).containsEntry("DynamoDB_20120810.GetItem", 2L);
    }

    @Test
    void anUnknownTableIsTheSdksResourceNotFoundException() {
        assertThatThrownBy(() -> dynamo.getItem(g -> g.tableName("nope").key(Map.of("orderId", AttributeValue.fromS("o-1")))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("nope");
    }

    @Test
    void sqsMessagesPassTheSdksBodyAndAttributeChecksums() {
        String messageId = sqs.sendMessage(m -> m.queueUrl("https://sqs.eu-west-1.amazonaws.com/123456789012/payments")
                .messageBody("{\"orderId\":\"o-1\"}")
                .messageAttributes(Map.of(
                        "correlation_id", MessageAttributeValue.builder().dataType("String").stringValue("c-1").build(),
                        "attempt", MessageAttributeValue.builder().dataType("Number").stringValue("2").build())))
                .messageId();

        assertThat(queue.sent()).singleElement().satisfies(message -> {
            assertThat(message.messageId()).isEqualTo(messageId);
            assertThat(message.body()).isEqualTo("{\"orderId\":\"o-1\"}");
            assertThat(message.attributes().path("correlation_id").path("StringValue").asText()).isEqualTo("c-1");
        });
    }
}
