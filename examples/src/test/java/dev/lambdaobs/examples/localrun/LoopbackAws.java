package dev.lambdaobs.examples.localrun;

import dev.lambdaobs.examples.orders.OrderRepository;
import dev.lambdaobs.examples.orders.PaymentQueue;
import dev.lambdaobs.tracing.Tracer;
import dev.lambdaobs.tracing.downstream.AwsSdkTracing;
import java.net.URI;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The local run's DynamoDB and SQS stand-ins for handler tests: the handlers' repositories on the
 * real AWS SDK v2 clients, traced, against 127.0.0.1.
 *
 * <pre>{@code
 * try (LoopbackAws aws = LoopbackAws.start()) {
 *     OrderRepository orders = aws.orders(tracer);
 * }
 * }</pre>
 */
public final class LoopbackAws implements AutoCloseable {
    public static final String QUEUE_URL = ExampleFunctions.PAYMENTS_QUEUE_URL;
    private static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(
            AwsBasicCredentials.create(FunctionEnvironment.ACCESS_KEY_ID, FunctionEnvironment.SECRET_ACCESS_KEY));
    private final SqsStandIn queue = new SqsStandIn();
    private final AwsStandIn standIn;

    private LoopbackAws() throws java.io.IOException {
        standIn = AwsStandIn.start(Map.of(
                DynamoDbStandIn.TARGET_PREFIX, new DynamoDbStandIn(Map.of(ExampleFunctions.ORDERS_TABLE, ExampleFunctions.ORDERS_TABLE_HASH_KEY)),
                SqsStandIn.TARGET_PREFIX, queue));
    }

    public static LoopbackAws start() throws java.io.IOException {
        return new LoopbackAws();
    }

    public OrderRepository orders(Tracer tracer) {
        return new OrderRepository(DynamoDbClient.builder().endpointOverride(URI.create(standIn.endpoint())).region(Region.EU_WEST_1)
                .credentialsProvider(CREDENTIALS).httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.addExecutionInterceptor(AwsSdkTracing.interceptor(tracer))).build(),
                ExampleFunctions.ORDERS_TABLE);
    }

    public PaymentQueue payments(Tracer tracer) {
        return new PaymentQueue(SqsClient.builder().endpointOverride(URI.create(standIn.endpoint())).region(Region.EU_WEST_1)
                .credentialsProvider(CREDENTIALS).httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.addExecutionInterceptor(AwsSdkTracing.interceptor(tracer))).build(), QUEUE_URL);
    }

    /** The body and correlation id attribute of each message sent, in order. */
    public List<Map.Entry<String, String>> sentMessages() {
        return queue.sent().stream()
                .map(m -> Map.entry(m.body(), m.attributes().path(PaymentQueue.CORRELATION_ID_ATTRIBUTE).path("StringValue").asText()))
                .toList();
    }

    /** How often each {@code Prefix.Operation} was called. */
    public Map<String, Long> calls() {
        return standIn.calls();
    }

    @Override
    public void close() {
        standIn.close();
    }
}
