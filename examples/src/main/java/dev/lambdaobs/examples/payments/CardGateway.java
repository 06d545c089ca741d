package dev.lambdaobs.examples.payments;

import dev.lambdaobs.tracing.CaptureMode;
import dev.lambdaobs.tracing.Tracing;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * The card processor, simulated: test tokens behave like a card processor's test cards.
 * {@code tok_declined} is declined, anything else is charged. Each charge is its own X-Ray
 * subsegment ({@code ## chargeCard}); only errors are captured, as responses would hold card data.
 */
public final class CardGateway {
    /** The test token whose charge is always declined. */
    public static final String DECLINED_TOKEN = "tok_declined";

    /** Charges {@code amount}; returns the charge id or throws {@link PaymentDeclinedException}. */
    @Tracing(segmentName = "## chargeCard", captureMode = CaptureMode.ERROR)
    public String charge(String orderId, String paymentToken, BigDecimal amount) {
        if (DECLINED_TOKEN.equals(paymentToken)) {
            throw new PaymentDeclinedException(orderId, "card_declined (" + amount + " EUR)");
        }
        return "ch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }
}
