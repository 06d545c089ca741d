package dev.lambdaobs.dashboardgen.preview.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CloudWatch statistic computed over the raw values of one period: {@code SampleCount}, {@code Sum},
 * {@code Average}, {@code Minimum}, {@code Maximum}, percentiles {@code pNN}, trimmed mean
 * {@code tmNN}/{@code TM(a:b)}, {@code IQM}, winsorized mean {@code wmNN}/{@code WM(a:b)}, trimmed count
 * {@code tcNN}/{@code TC(a:b)}, trimmed sum {@code tsNN}/{@code TS(a:b)} and percentile rank
 * {@code PR(a:b)}. Bounds with {@code %} are percentiles of the period's values; bounds without are
 * values, the lower one exclusive and the upper one inclusive. A percentile is the value at nearest
 * rank (CloudWatch does not document its interpolation; with few samples the difference is small).
 *
 * <pre>{@code
 * Statistic.parse("p99").compute(new double[] {12, 15, 900}); // 900
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Statistics-definitions.html">Statistics definitions</a>
 */
public final class Statistic {
    private static final Pattern SHORT = Pattern.compile("(p|tm|wm|tc|ts)(\\d{1,2}(?:\\.\\d{1,10})?|100)");
    private static final Pattern RANGE = Pattern.compile("(TM|WM|TC|TS|PR)\\(([^:()]*):([^:()]*)\\)");

    private enum Kind { SAMPLE_COUNT, SUM, AVERAGE, MINIMUM, MAXIMUM, PERCENTILE, TM, WM, TC, TS, PR }

    private final String text;
    private final Kind kind;
    private final Bound lower;
    private final Bound upper;

    private record Bound(double value, boolean percent) {
        static Bound parse(String text, String statistic) {
            String trimmed = text.trim();
            boolean percent = trimmed.endsWith("%");
            try {
                return trimmed.isEmpty() ? null
                        : new Bound(Double.parseDouble(percent ? trimmed.substring(0, trimmed.length() - 1) : trimmed), percent);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("unknown statistic " + statistic);
            }
        }
    }

    private Statistic(String text, Kind kind, Bound lower, Bound upper) {
        this.text = text;
        this.kind = kind;
        this.lower = lower;
        this.upper = upper;
    }

    /** Parses a statistic as CloudWatch spells it; {@link IllegalArgumentException} for an unknown one. */
    public static Statistic parse(String text) {
        switch (text) {
            case "SampleCount": return new Statistic(text, Kind.SAMPLE_COUNT, null, null);
            case "Sum": return new Statistic(text, Kind.SUM, null, null);
            case "Average": return new Statistic(text, Kind.AVERAGE, null, null);
            case "Minimum": return new Statistic(text, Kind.MINIMUM, null, null);
            case "Maximum": return new Statistic(text, Kind.MAXIMUM, null, null);
            case "IQM": return new Statistic(text, Kind.TM, new Bound(25, true), new Bound(75, true));
            default: break;
        }
        Matcher single = SHORT.matcher(text);
        if (single.matches()) {
            Bound bound = new Bound(Double.parseDouble(single.group(2)), true);
            Kind kind = single.group(1).equals("p") ? Kind.PERCENTILE : Kind.valueOf(single.group(1).toUpperCase(Locale.ROOT));
            return new Statistic(text, kind, null, bound);
        }
        Matcher range = RANGE.matcher(text);
        if (range.matches()) {
            Bound low = Bound.parse(range.group(2), text);
            Bound high = Bound.parse(range.group(3), text);
            if ((low != null && high != null && low.percent() != high.percent()) || (low == null && high == null)) {
                throw new IllegalArgumentException("unknown statistic " + text);
            }
            return new Statistic(text, Kind.valueOf(range.group(1)), low, high);
        }
        throw new IllegalArgumentException("unknown statistic " + text);
    }

    /** The statistic of {@code values} (not empty). */
    public double compute(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return switch (kind) {
            case SAMPLE_COUNT -> sorted.length;
            case SUM -> sum(sorted);
            case AVERAGE -> sum(sorted) / sorted.length;
            case MINIMUM -> sorted[0];
            case MAXIMUM -> sorted[sorted.length - 1];
            case PERCENTILE -> percentile(sorted, upper.value());
            case TM -> mean(kept(sorted));
            case TC -> kept(sorted).length;
            case TS -> sum(kept(sorted));
            case WM -> winsorized(sorted);
            case PR -> 100.0 * kept(sorted).length / sorted.length;
        };
    }

    /** The percentile (0 to 100) of a {@code pNN} statistic; empty for any other. */
    public OptionalDouble percentile() {
        return kind == Kind.PERCENTILE ? OptionalDouble.of(upper.value()) : OptionalDouble.empty();
    }

    @Override
    public String toString() {
        return text;
    }

    static double percentile(double[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }

    /** The values between the bounds: by rank for percentages, by value (lower exclusive, upper inclusive) otherwise. */
    private double[] kept(double[] sorted) {
        if (isPercent()) {
            return Arrays.copyOfRange(sorted, fromIndex(sorted), toIndex(sorted));
        }
        return Arrays.stream(sorted).filter(v -> (lower == null || v > lower.value()) && (upper == null || v <= upper.value()))
                .toArray();
    }

    private double winsorized(double[] sorted) {
        double low;
        double high;
        if (isPercent()) {
            int from = fromIndex(sorted);
            int to = toIndex(sorted);
            if (from >= to) {
                return Double.NaN;
            }
            low = sorted[from];
            high = sorted[to - 1];
        } else {
            low = lower == null ? Double.NEGATIVE_INFINITY : lower.value();
            high = upper == null ? Double.POSITIVE_INFINITY : upper.value();
        }
        return Arrays.stream(sorted).map(v -> Math.min(high, Math.max(low, v))).sum() / sorted.length;
    }

    private boolean isPercent() {
        return (lower == null || lower.percent()) && (upper == null || upper.percent());
    }

    private int fromIndex(double[] sorted) {
        return lower == null ? 0 : (int) Math.floor(lower.value() / 100.0 * sorted.length + 1e-9);
    }

    private int toIndex(double[] sorted) {
        return upper == null ? sorted.length : (int) Math.ceil(upper.value() / 100.0 * sorted.length - 1e-9);
    }

    private static double mean(double[] values) {
        return values.length == 0 ? Double.NaN : sum(values) / values.length;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }
}
