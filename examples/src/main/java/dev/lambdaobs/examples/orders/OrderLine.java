package dev.lambdaobs.examples.orders;

import java.math.BigDecimal;

/**
 * One line of an order.
 *
 * @param sku the product
 * @param quantity how many, at least 1
 * @param unitPrice the price of one, in EUR
 */
public record OrderLine(String sku, int quantity, BigDecimal unitPrice) {

    BigDecimal amount() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
