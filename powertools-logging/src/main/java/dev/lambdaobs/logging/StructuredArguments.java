package dev.lambdaobs.logging;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.logging.json.RawJson;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;

/**
 * Log parameters that become top-level keys of the JSON line, with the Log4j API, SLF4J or Logback.
 *
 * <pre>{@code
 * import static dev.lambdaobs.logging.StructuredArguments.*;
 *
 * logger.info("Order placed {}", entry("order_id", order.id()));
 * // {"message":"Order placed order_id=o-42", ..., "order_id":"o-42"}
 * logger.info("Totals", entry("totals", Map.of("count", 3, "sum", 42.5)));
 * // {"message":"Totals", ..., "totals":{"count":3,"sum":42.5}}
 * logger.info("Picked", array("skus", "A-1", "B-2"));
 * // {"message":"Picked", ..., "skus":["A-1","B-2"]}
 * logger.info("Payment", json("gateway", responseBody));   // responseBody: {"status":"ok","fee":0.30}
 * // {"message":"Payment", ..., "gateway":{"status":"ok","fee":0.30}}
 * }</pre>
 * With SLF4J 2's fluent API, {@code logger.atInfo().addKeyValue("order_id", id).log("Order placed")}
 * gives a top-level {@code "order_id"} too (as a string). A key that is one of the standard keys
 * ({@code message}, {@code service}, ...) is left out of the line.
 */
public final class StructuredArguments {
    /** Where a {@link #json} text that is not JSON is reported, once per key. */
    private static final Diagnostics DIAGNOSTICS = Diagnostics.stderr();

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

    /**
     * One top-level key whose value is a JSON array of {@code values}, each written as {@link #entry}
     * writes a value; {@code key=[a, b]} in the message. The values are copied now, so changing the
     * array afterwards changes nothing; a null array is written as {@code null}.
     *
     * <pre>{@code
     * logger.info("Basket", array("items", item1, item2));   // "items":[{...},{...}]
     * }</pre>
     */
    public static StructuredArgument array(String key, Object... values) {
        return new StructuredArgument(key, values == null ? null
                : Collections.unmodifiableList(Arrays.asList(values.clone())));
    }

    /**
     * One top-level key whose value is the JSON value {@code rawJson} holds, as that value: an object,
     * array, string, number, {@code true}, {@code false} or {@code null}, written on the line's one line
     * (white space between tokens is dropped; strings are cut and nesting limited like any value), and
     * {@code key=rawJson} in the message. The text is checked here, once: text that is not exactly one
     * complete JSON value is written as a JSON string of the text instead, never as broken JSON, and
     * reported once per key on standard error. A null text is written as {@code null}.
     *
     * <pre>{@code
     * logger.info("Upstream replied", json("upstream", "{\"status\":\"ok\",\"items\":[1,2]}"));
     * // ..., "upstream":{"status":"ok","items":[1,2]}
     * logger.info("Upstream replied", json("upstream", "[1, 2"));
     * // ..., "upstream":"[1, 2"    (not JSON: a string, and one report on stderr)
     * }</pre>
     */
    public static StructuredArgument json(String key, String rawJson) {
        return new StructuredArgument(key, RawJson.parse(key, rawJson, DIAGNOSTICS));
    }
}
