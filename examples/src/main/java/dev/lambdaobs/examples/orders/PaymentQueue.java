package dev.lambdaobs.examples.orders;

import dev.lambdaobs.examples.aws.AwsClients;
import dev.lambdaobs.tracing.Tracer;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * The payments queue: one message per placed order, carrying the correlation id as a message
 * attribute so the payment consumer's logs join the API request's.
 *
 * <pre>{@code
 * PaymentQueue.fromEnvironment(tracer).requestPayment(order, "req-123");   // queue URL from PAYMENTS_QUEUE_URL
 * }</pre>
 */
public final class PaymentQueue {
    /** The message attribute holding the correlation id. */
    public static final String CORRELATION_ID_ATTRIBUTE = "correlation_id";

    private final SqsClient sqs;
    private final String queueUrl;

    public PaymentQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    /** The queue at {@code PAYMENTS_QUEUE_URL}, its calls traced by {@code tracer}. */
    public static PaymentQueue fromEnvironment(Tracer tracer) {
        return new PaymentQueue(AwsClients.sqs(tracer), AwsClients.requiredEnv("PAYMENTS_QUEUE_URL"));
    }

    /** Queues the payment of {@code order}; returns the SQS message id. */
    public String requestPayment(Order order, String correlationId) {
        return sqs.sendMessage(send -> send.queueUrl(queueUrl)
                .messageBody("{\"orderId\":\"" + order.orderId() + "\"}")
                .messageAttributes(Map.of(CORRELATION_ID_ATTRIBUTE,
                        MessageAttributeValue.builder().dataType("String").stringValue(correlationId).build())))
                .messageId();
    }
}
