package dev.lambdaobs.logging.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.masking.JsonTrees;
import dev.lambdaobs.core.text.SafeText;
import java.util.Objects;

/**
 * A JSON text given by the user ({@code StructuredArguments.json}), checked once when it is made: one
 * complete JSON value is written as that value ({@link JsonValues} writes it compactly, on the line's one
 * line, with strings cut and nesting limited like every other value, and numbers exact); anything else
 * is written as a JSON string of the text, and reported once per key, so a bad text never breaks the line.
 *
 * <pre>{@code
 * RawJson raw = RawJson.parse("order", "{\"id\":\"o-42\",\"total\":12.50}", Diagnostics.stderr());
 * raw.valid();   // true
 * }</pre>
 */
public final class RawJson {
    /** Longest parser message quoted in the report. */
    private static final int MAX_REASON = 200;

    private final String text;
    private final JsonNode tree;

    private RawJson(String text, JsonNode tree) {
        this.text = text;
        this.tree = tree;
    }

    /**
     * Checks {@code text}: null stands for JSON {@code null}; text that is not exactly one JSON value
     * (empty, truncated, two values, trailing garbage, NaN) is reported on {@code diagnostics}, once per
     * {@code key}. Never throws.
     */
    public static RawJson parse(String key, String text, Diagnostics diagnostics) {
        Objects.requireNonNull(diagnostics, "diagnostics");
        if (text == null) {
            return new RawJson(null, JsonNodeFactory.instance.nullNode());
        }
        String reason;
        try {
            JsonNode tree = Reader.READER.readTree(text);
            if (tree != null && !tree.isMissingNode()) {
                return new RawJson(text, tree);
            }
            reason = "no JSON value in it";
        } catch (JacksonException e) {
            reason = SafeText.of(e.getOriginalMessage());
        } catch (RuntimeException | StackOverflowError e) {
            reason = SafeText.describe(e);
        }
        if (reason.length() > MAX_REASON) {
            reason = reason.substring(0, MAX_REASON) + "...";
        }
        diagnostics.warnOnce("logging.json|" + key, "StructuredArguments.json(\"" + key + "\", ...) was given text"
                + " that is not one complete JSON value (" + reason + "); it is written as a JSON string instead"
                + " (the handler is unaffected)");
        return new RawJson(text, null);
    }

    /** The text as given; null for {@code null}. */
    public String text() {
        return text;
    }

    /** True when the text is one complete JSON value (or null), written as that value. */
    public boolean valid() {
        return tree != null;
    }

    /** The parsed value; null when {@link #valid()} is false. For {@link JsonValues}. */
    JsonNode tree() {
        return tree;
    }

    /** The text as given, for the message ({@code key=text}). */
    @Override
    public String toString() {
        return String.valueOf(text);
    }

    /** Built on first use: Jackson loads only when a raw JSON argument is made. */
    private static final class Reader {
        // Floats as exact decimals (kept as written: 12.50 stays 12.50); one value and nothing after it.
        static final ObjectReader READER = JsonTrees.mapper().reader()
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .with(JsonNodeFactory.withExactBigDecimals(true));
    }
}
