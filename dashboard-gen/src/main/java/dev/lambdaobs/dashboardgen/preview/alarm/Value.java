package dev.lambdaobs.dashboardgen.preview.alarm;

import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.DoubleBinaryOperator;

/** A metric math value: a number, a time series, an array of them, or the {@code REPEAT} fill keyword. */
record Value(Double scalar, NavigableMap<Long, Double> series, List<Value> array, boolean fillRepeat) {

    static Value scalar(double value) {
        return new Value(value, null, null, false);
    }

    static Value series(NavigableMap<Long, Double> series) {
        return new Value(null, series, null, false);
    }

    static Value array(List<Value> items) {
        return new Value(null, null, List.copyOf(items), false);
    }

    static Value repeat() {
        return new Value(null, null, null, true);
    }

    /** Applies {@code op} to two values: numbers, a series and a number, or two series on their common timestamps. */
    static Value combine(Value left, Value right, DoubleBinaryOperator op) {
        if (left.array != null || right.array != null || left.fillRepeat || right.fillRepeat) {
            throw new UnsupportedOperationException("arithmetic on an array");
        }
        if (left.scalar != null && right.scalar != null) {
            return scalar(op.applyAsDouble(left.scalar, right.scalar));
        }
        NavigableMap<Long, Double> result = new TreeMap<>();
        NavigableMap<Long, Double> times = left.series != null ? left.series : right.series;
        times.forEach((time, ignored) -> {
            Double a = left.at(time);
            Double b = right.at(time);
            if (a != null && b != null) {
                double value = op.applyAsDouble(a, b);
                if (Double.isFinite(value)) {
                    result.put(time, value);
                }
            }
        });
        return series(result);
    }

    /** The value at {@code time}: the number itself, the series' datapoint, or null when it has none. */
    Double at(long time) {
        return scalar != null ? scalar : series != null ? series.get(time) : null;
    }

    /** As a series over {@code range}: a number becomes a constant series. */
    NavigableMap<Long, Double> asSeries(List<Long> range) {
        if (series != null) {
            return series;
        }
        if (scalar != null) {
            NavigableMap<Long, Double> constant = new TreeMap<>();
            range.forEach(time -> constant.put(time, scalar));
            return constant;
        }
        throw new UnsupportedOperationException("an array is not a single time series");
    }
}
