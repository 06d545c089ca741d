package dev.lambdaobs.tracing.woven;

import dev.lambdaobs.tracing.CaptureMode;
import dev.lambdaobs.tracing.Tracing;

/** A traced method that is not a handler: its span nests in the handler's. */
final class Pricing {

    @Tracing(segmentName = "## price", captureMode = CaptureMode.ERROR)
    int price(String orderId) {
        return lookup(orderId) * 2;
    }

    @Tracing(namespace = "pricing")
    int lookup(String orderId) {
        return orderId.length();
    }
}
