package dev.lambdaobs.examples.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.util.Map;

/** {@code POST /orders} (API Gateway REST): validates the order, stores it, queues its payment. */
public final class CreateOrderHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private final OrderRepository orders;
    private final PaymentQueue payments;

    /** Used by Lambda: clients built once per environment, during init. */
    public CreateOrderHandler() {
        this(OrderRepository.fromEnvironment(), PaymentQueue.fromEnvironment());
    }

    public CreateOrderHandler(OrderRepository orders, PaymentQueue payments) {
        this.orders = orders;
        this.payments = payments;
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        Order order;
        try {
            order = OrderRequest.parse(event.getBody());
        } catch (InvalidOrderException invalid) {
            return respond(400, JsonResponses.error(invalid.getMessage()));
        }
        orders.save(order);
        payments.requestPayment(order, context.getAwsRequestId());
        return respond(201, JsonResponses.body(Map.of("orderId", order.orderId(), "status", order.status(), "total", order.total())));
    }

    private static APIGatewayProxyResponseEvent respond(int status, String body) {
        return new APIGatewayProxyResponseEvent().withStatusCode(status).withHeaders(JsonResponses.HEADERS).withBody(body);
    }
}
