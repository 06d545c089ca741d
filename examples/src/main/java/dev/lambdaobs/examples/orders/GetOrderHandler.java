package dev.lambdaobs.examples.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;

/** {@code GET /orders/{orderId}} (HTTP API): one order, or 404. */
public final class GetOrderHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final OrderRepository orders;

    public GetOrderHandler() {
        this(OrderRepository.fromEnvironment());
    }

    public GetOrderHandler(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String orderId = event.getPathParameters() == null ? null : event.getPathParameters().get("orderId");
        if (orderId == null || orderId.isBlank()) {
            return respond(400, JsonResponses.error("path parameter orderId is required"));
        }
        return orders.find(orderId)
                .map(order -> respond(200, JsonResponses.body(Map.of("orderId", order.orderId(), "customerId", order.customerId(),
                        "status", order.status(), "total", order.total(), "lines", order.lines()))))
                .orElseGet(() -> respond(404, JsonResponses.error("order " + orderId + " not found")));
    }

    private static APIGatewayV2HTTPResponse respond(int status, String body) {
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(JsonResponses.HEADERS).withBody(body).build();
    }
}
