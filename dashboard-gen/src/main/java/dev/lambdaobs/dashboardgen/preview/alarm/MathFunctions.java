package dev.lambdaobs.dashboardgen.preview.alarm;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

/** The metric math functions {@link MetricMath} evaluates. */
final class MathFunctions {
    private MathFunctions() {
    }

    static Value call(String name, List<Value> arguments, Map<String, NavigableMap<Long, Double>> metrics, List<Long> range) {
        return switch (name) {
            case "METRICS" -> Value.array(metrics.values().stream().map(Value::series).toList());
            case "IF" -> conditional(arguments, range);
            case "FILL" -> fill(arguments, range);
            case "SUM" -> across(arguments, Double::sum, false);
            case "AVG" -> across(arguments, Double::sum, true);
            case "MIN" -> across(arguments, Math::min, false);
            case "MAX" -> across(arguments, Math::max, false);
            case "ABS" -> Value.combine(single(arguments), Value.scalar(0), (a, b) -> Math.abs(a));
            default -> throw new UnsupportedOperationException("function " + name + " is not evaluated locally");
        };
    }

    /** IF(condition, a, b): a where the condition is non-zero, b (or no datapoint) where it is zero. */
    private static Value conditional(List<Value> arguments, List<Long> range) {
        if (arguments.size() < 2 || arguments.size() > 3) {
            throw new UnsupportedOperationException("IF takes 2 or 3 arguments");
        }
        NavigableMap<Long, Double> condition = arguments.get(0).asSeries(range);
        NavigableMap<Long, Double> result = new TreeMap<>();
        condition.forEach((time, test) -> {
            Double value = test != 0 ? arguments.get(1).at(time) : arguments.size() == 3 ? arguments.get(2).at(time) : null;
            if (value != null) {
                result.put(time, value);
            }
        });
        return Value.series(result);
    }

    /** FILL(series, value or REPEAT): every period of the range gets a value. */
    private static Value fill(List<Value> arguments, List<Long> range) {
        if (arguments.size() != 2 || arguments.get(0).series() == null) {
            throw new UnsupportedOperationException("FILL takes a series and a value");
        }
        NavigableMap<Long, Double> series = arguments.get(0).series();
        NavigableMap<Long, Double> result = new TreeMap<>();
        Double last = null;
        for (long time : range) {
            Double value = series.get(time);
            if (value == null) {
                value = arguments.get(1).fillRepeat() ? last : arguments.get(1).at(time);
            }
            if (value != null) {
                result.put(time, value);
                last = value;
            }
        }
        return Value.series(result);
    }

    /** SUM/AVG/MIN/MAX of an array, per timestamp over the series that have one; of one series, over its values. */
    private static Value across(List<Value> arguments, BinaryOperator<Double> op, boolean average) {
        Value argument = single(arguments);
        if (argument.series() != null) {
            return argument.series().values().stream().reduce(op).map(v -> Value.scalar(average ? v / argument.series().size() : v))
                    .orElseThrow(() -> new UnsupportedOperationException("no datapoints"));
        }
        if (argument.array() == null) {
            throw new UnsupportedOperationException("expected an array or a series");
        }
        NavigableMap<Long, Double> result = new TreeMap<>();
        NavigableMap<Long, Integer> counts = new TreeMap<>();
        for (Value item : argument.array()) {
            if (item.series() == null) {
                throw new UnsupportedOperationException("expected an array of series");
            }
            item.series().forEach((time, value) -> {
                result.merge(time, value, op);
                counts.merge(time, 1, Integer::sum);
            });
        }
        if (average) {
            result.replaceAll((time, total) -> total / counts.get(time));
        }
        return Value.series(result);
    }

    private static Value single(List<Value> arguments) {
        if (arguments.size() != 1) {
            throw new UnsupportedOperationException("expected one argument");
        }
        return arguments.get(0);
    }
}
