package dev.lambdaobs.dashboardgen.preview.alarm;

import dev.lambdaobs.dashboardgen.preview.data.LocalNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of a Metrics Insights query as a test of a metric's dimensions: {@code key = 'value'},
 * {@code key != 'value'}, {@code key IN ('a', 'b')}, {@code key NOT IN (...)}, joined by {@code AND} (binding
 * tighter) and {@code OR}, with parentheses. A value may be a template's {@code ${LogicalId}}, which matches the
 * local name as {@link LocalNames} does. A metric without the key matches none of the values: {@code =} and
 * {@code IN} exclude it, {@code !=} and {@code NOT IN} keep it. Other operators ({@code LIKE}, comparisons, account
 * functions) are an {@link UnsupportedOperationException}.
 *
 * <pre>{@code
 * LabelFilter f = LabelFilter.parse(InsightsTokens.of("FunctionName IN ('a', 'b') AND Resource != 'a:live'"));
 * f.test(Map.of("FunctionName", "a", "Resource", "a")); // true
 * }</pre>
 */
@FunctionalInterface
interface LabelFilter {
    /** Whether a metric with these dimensions passes the filter. */
    boolean test(Map<String, String> dimensions);

    /** Reads the condition at the cursor, up to the first token it cannot belong to (GROUP, ORDER, LIMIT, the end). */
    static LabelFilter parse(InsightsTokens tokens) {
        LabelFilter left = conjunction(tokens);
        while (tokens.keyword("OR")) {
            LabelFilter first = left;
            LabelFilter second = conjunction(tokens);
            left = d -> first.test(d) || second.test(d);
        }
        return left;
    }

    private static LabelFilter conjunction(InsightsTokens tokens) {
        LabelFilter left = comparison(tokens);
        while (tokens.keyword("AND")) {
            LabelFilter first = left;
            LabelFilter second = comparison(tokens);
            left = d -> first.test(d) && second.test(d);
        }
        return left;
    }

    private static LabelFilter comparison(InsightsTokens tokens) {
        if (tokens.symbol("(")) {
            LabelFilter inner = parse(tokens);
            tokens.expectSymbol(")");
            return inner;
        }
        String key = tokens.name("a label key");
        if (tokens.symbol("=")) {
            String value = tokens.value();
            return d -> matches(value, d.get(key));
        }
        if (tokens.symbol("!=")) {
            String value = tokens.value();
            return d -> !matches(value, d.get(key));
        }
        boolean negated = tokens.keyword("NOT");
        if (!tokens.keyword("IN")) {
            String operator = tokens.upcoming();
            throw new UnsupportedOperationException("the WHERE operator " + (operator.isEmpty() ? "after " + key : "'" + operator + "'")
                    + " is not evaluated locally (=, !=, IN, NOT IN, AND, OR and parentheses are)");
        }
        List<String> values = new ArrayList<>();
        tokens.expectSymbol("(");
        do {
            values.add(tokens.value());
        } while (tokens.symbol(","));
        tokens.expectSymbol(")");
        return d -> negated != values.stream().anyMatch(v -> matches(v, d.get(key)));
    }

    private static boolean matches(String expected, String actual) {
        return actual != null && LocalNames.matches(expected, actual);
    }
}
