package dev.lambdaobs.dashboardgen.preview.alarm;

import dev.lambdaobs.dashboardgen.preview.TokenCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.DoubleBinaryOperator;
import java.util.regex.Pattern;

/**
 * The part of CloudWatch metric math that alarms commonly use, over local time series: numbers,
 * metric ids, {@code + - * / ^}, comparisons ({@code < <= > >= == !=}), {@code AND}/{@code &&},
 * {@code OR}/{@code ||}, parentheses, {@code [a, b]} arrays, {@code METRICS()}, {@code IF(c, a[, b])},
 * {@code FILL(m, value|REPEAT)}, {@code SUM}/{@code AVG}/{@code MIN}/{@code MAX} of an array (per
 * timestamp) and {@code ABS}. An operation on two series keeps the timestamps both have. Anything
 * else is {@link UnsupportedOperationException}: the alarm is shown as not evaluated locally.
 *
 * <pre>{@code
 * MetricMath.evaluate("IF(i + t > 0, 100 * t / (i + t), 0)", Map.of("i", invocations, "t", throttles), range);
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/using-metric-math.html">Using metric math</a>
 */
public final class MetricMath {
    /** A number, a name, an operator or a bracket. */
    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?|\\.\\d+|[A-Za-z_][A-Za-z0-9_]*|<=|>=|==|!=|&&|\\|\\||[-+*/^()\\[\\],<>])");
    private final TokenCursor tokens;
    private final Map<String, NavigableMap<Long, Double>> metrics;
    private final List<Long> range;

    private MetricMath(String expression, Map<String, NavigableMap<Long, Double>> metrics, List<Long> range) {
        this.tokens = TokenCursor.read(TOKEN, expression, "expression");
        this.metrics = metrics;
        this.range = range;
    }

    /** The expression's time series over {@code range} (period starts), given each metric id's series. */
    public static NavigableMap<Long, Double> evaluate(String expression, Map<String, NavigableMap<Long, Double>> metrics,
            List<Long> range) {
        MetricMath parser = new MetricMath(expression, metrics, range);
        Value result = parser.or();
        parser.tokens.expectEnd();
        return result.asSeries(range);
    }

    private Value or() {
        Value left = and();
        while (tokens.accept("OR") || tokens.accept("||")) {
            left = Value.combine(left, and(), (a, b) -> a != 0 || b != 0 ? 1 : 0);
        }
        return left;
    }

    private Value and() {
        Value left = comparison();
        while (tokens.accept("AND") || tokens.accept("&&")) {
            left = Value.combine(left, comparison(), (a, b) -> a != 0 && b != 0 ? 1 : 0);
        }
        return left;
    }

    private Value comparison() {
        Value left = sum();
        for (String op : List.of("<=", ">=", "==", "!=", "<", ">")) {
            if (tokens.accept(op)) {
                DoubleBinaryOperator test = switch (op) {
                    case "<=" -> (a, b) -> a <= b ? 1 : 0;
                    case ">=" -> (a, b) -> a >= b ? 1 : 0;
                    case "==" -> (a, b) -> a == b ? 1 : 0;
                    case "!=" -> (a, b) -> a != b ? 1 : 0;
                    case "<" -> (a, b) -> a < b ? 1 : 0;
                    default -> (a, b) -> a > b ? 1 : 0;
                };
                return Value.combine(left, sum(), test);
            }
        }
        return left;
    }

    private Value sum() {
        Value left = product();
        while (true) {
            if (tokens.accept("+")) {
                left = Value.combine(left, product(), Double::sum);
            } else if (tokens.accept("-")) {
                left = Value.combine(left, product(), (a, b) -> a - b);
            } else {
                return left;
            }
        }
    }

    private Value product() {
        Value left = unary();
        while (true) {
            if (tokens.accept("*")) {
                left = Value.combine(left, unary(), (a, b) -> a * b);
            } else if (tokens.accept("/")) {
                left = Value.combine(left, unary(), (a, b) -> a / b);
            } else if (tokens.accept("^")) {
                left = Value.combine(left, unary(), Math::pow);
            } else {
                return left;
            }
        }
    }

    private Value unary() {
        if (tokens.accept("-")) {
            return Value.combine(Value.scalar(0), unary(), (a, b) -> a - b);
        }
        return primary();
    }

    private Value primary() {
        String token = tokens.next();
        if (token.equals("(")) {
            Value inner = or();
            tokens.expect(")");
            return inner;
        }
        if (token.equals("[")) {
            List<Value> items = new ArrayList<>(List.of(or()));
            while (tokens.accept(",")) {
                items.add(or());
            }
            tokens.expect("]");
            return Value.array(items);
        }
        if (Character.isDigit(token.charAt(0)) || token.charAt(0) == '.') {
            return Value.scalar(Double.parseDouble(token));
        }
        if (tokens.accept("(")) {
            return MathFunctions.call(token.toUpperCase(Locale.ROOT), arguments(), metrics, range);
        }
        NavigableMap<Long, Double> metric = metrics.get(token);
        if (metric == null) {
            throw new UnsupportedOperationException("unknown id " + token);
        }
        return Value.series(metric);
    }

    private List<Value> arguments() {
        List<Value> arguments = new ArrayList<>();
        if (tokens.accept(")")) {
            return arguments;
        }
        do {
            arguments.add(tokens.accept("REPEAT") ? Value.repeat() : or());
        } while (tokens.accept(","));
        tokens.expect(")");
        return arguments;
    }

    static NavigableMap<Long, Double> empty() {
        return new TreeMap<>();
    }
}
