package dev.lambdaobs.logging;

import java.util.Map;

/**
 * Log parameters that become top-level keys of the JSON line, with the Log4j API, SLF4J or Logback.
 *
 * <pre>{@code
 * import static dev.lambdaobs.logging.StructuredArguments.entry;
 *
 * logger.info("Order placed {}", entry("order_id", order.id()));
 * // {"message":"Order placed order_id=o-42", ..., "order_id":"o-42"}
 * logger.info("Totals", entry("totals", Map.of("count", 3, "sum", 42.5)));
 * // {"message":"Totals", ..., "totals":{"count":3,"sum":42.5}}
 * }</pre>
 * With SLF4J 2's fluent API, {@code logger.atInfo().addKeyValue("order_id", id).log("Order placed")}
 * gives a top-level {@code "order_id"} too (as a string).
 */
public final class StructuredArguments {
    private StructuredArguments() {
    }

    /** One top-level key. */
    public static StructuredArgument entry(String key, Object value) {
        return new StructuredArgument(key, value);
    }

    /** One top-level key per map entry, in the map's order. */
    public static StructuredArgument[] entries(Map<String, ?> values) {
        return values.entrySet().stream()
                .map(e -> new StructuredArgument(e.getKey(), e.getValue()))
                .toArray(StructuredArgument[]::new);
    }
}
