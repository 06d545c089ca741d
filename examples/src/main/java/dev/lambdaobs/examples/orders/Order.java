package dev.lambdaobs.examples.orders;

import java.math.BigDecimal;
import java.util.List;

/**
 * An order as stored in the orders table.
 *
 * @param orderId the order's id, {@code o-} and a random UUID
 * @param customerId who placed it
 * @param lines what was ordered
 * @param total the sum of the lines
 * @param paymentToken the card token the payment service charges (never a card number)
 * @param status where the order is in its life
 */
public record Order(String orderId, String customerId, List<OrderLine> lines, BigDecimal total, String paymentToken,
                    Status status) {

    /** The order's life: placed by the API, then paid or failed by the payment consumer, then shipped. */
    public enum Status { PLACED, PAID, PAYMENT_FAILED, SHIPPED }

    public Order {
        lines = List.copyOf(lines);
    }

    /** The same order in another status. */
    public Order withStatus(Status newStatus) {
        return new Order(orderId, customerId, lines, total, paymentToken, newStatus);
    }
}
