package dev.lambdaobs.examples.payments;

/** The card issuer declined the charge; the message goes back to the queue and, after retries, to the DLQ. */
public final class PaymentDeclinedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PaymentDeclinedException(String orderId, String reason) {
        super("payment for order " + orderId + " declined: " + reason);
    }
}
