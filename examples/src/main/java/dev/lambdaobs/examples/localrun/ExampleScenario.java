package dev.lambdaobs.examples.localrun;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The story of the local run, as traffic would flow in AWS: the checkout posts orders (one invalid),
 * reads them back (and one that does not exist), the queue delivers each payment message (one card
 * is declined and the consumer throws), every paid order is shipped, and the nightly report runs
 * twice. Each function gets several events, so each has one cold and some warm invocations.
 */
final class ExampleScenario {
    /** Runs the payloads, in order, in one fresh environment of the function. */
    @FunctionalInterface
    interface Invoker {
        List<InvocationRecord> invokeAll(LocalFunction function, List<String> payloads) throws Exception;
    }

    static final String MISSING_ORDER_ID = "o-00000000-0000-0000-0000-000000000000";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExampleEvents events;
    private final SqsStandIn queue;

    ExampleScenario(ExampleEvents events, SqsStandIn queue) {
        this.events = events;
        this.queue = queue;
    }

    List<InvocationRecord> run(Invoker invoker) throws Exception {
        List<InvocationRecord> all = new ArrayList<>();
        List<InvocationRecord> created = invoker.invokeAll(ExampleFunctions.CREATE_ORDER,
                events.orderBodies().stream().map(events::createOrder).toList());
        all.addAll(created);
        List<String> orderIds = created.stream().map(ExampleScenario::createdOrderId).filter(id -> !id.isEmpty()).toList();

        all.addAll(invoker.invokeAll(ExampleFunctions.GET_ORDER,
                Stream.concat(orderIds.stream(), Stream.of(MISSING_ORDER_ID)).map(events::getOrder).toList()));

        List<SqsStandIn.SentMessage> messages = queue.sent();
        List<InvocationRecord> payments = invoker.invokeAll(ExampleFunctions.PROCESS_PAYMENT,
                messages.stream().map(events::paymentMessage).toList());
        all.addAll(payments);

        List<String> paid = new ArrayList<>();
        for (int i = 0; i < payments.size(); i++) {
            if (payments.get(i).outcome().succeeded()) {
                SqsStandIn.SentMessage message = messages.get(i);
                paid.add(events.orderPaid(orderIdInMessage(message),
                        message.attributes().path("correlation_id").path("StringValue").asText("")));
            }
        }
        all.addAll(invoker.invokeAll(ExampleFunctions.SHIP_ORDER, paid));
        all.addAll(invoker.invokeAll(ExampleFunctions.DAILY_REPORT, List.of(events.nightly(), events.nightly())));
        return all;
    }

    /** The {@code orderId} of a {@code 201} API Gateway response, or empty. */
    static String createdOrderId(InvocationRecord record) {
        if (!record.outcome().succeeded()) {
            return "";
        }
        try {
            var response = JSON.readTree(record.outcome().body());
            if (response.path("statusCode").asInt() != 201) {
                return "";
            }
            return JSON.readTree(response.path("body").asText()).path("orderId").asText("");
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static String orderIdInMessage(SqsStandIn.SentMessage message) {
        try {
            return JSON.readTree(message.body()).path("orderId").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the payment message is not JSON: " + message.body(), e);
        }
    }
}
