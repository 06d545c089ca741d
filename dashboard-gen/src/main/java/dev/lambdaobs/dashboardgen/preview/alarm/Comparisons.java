package dev.lambdaobs.dashboardgen.preview.alarm;

import dev.lambdaobs.dashboardgen.registry.Comparison;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoublePredicate;

/**
 * A metric alarm's ComparisonOperator as a test of a datapoint against its threshold. The anomaly
 * detection operators ({@code LessThanLowerOrGreaterThanUpperThreshold}, {@code LessThanLowerThreshold},
 * {@code GreaterThanUpperThreshold}) compare with a band only CloudWatch's model computes: no test.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html">PutMetricAlarm ComparisonOperator</a>
 */
final class Comparisons {
    private Comparisons() {
    }

    /** The test, or {@code null} for an anomaly band or unknown operator. */
    static DoublePredicate breaching(String operator, double threshold) {
        return Arrays.stream(Comparison.values()).filter(c -> c.cfnName().equals(operator)).findFirst()
                .<DoublePredicate>map(c -> switch (c) {
                    case GREATER_THAN -> v -> v > threshold;
                    case GREATER_OR_EQUAL -> v -> v >= threshold;
                    case LESS_THAN -> v -> v < threshold;
                    case LESS_OR_EQUAL -> v -> v <= threshold;
                }).orElse(null);
    }

    /** {@code >}, {@code >=}, {@code <}, {@code <=}, or the operator's own name. */
    static String symbol(String operator) {
        return Arrays.stream(Comparison.values()).filter(c -> c.cfnName().equals(operator)).map(Comparison::symbol)
                .findFirst().orElse(operator);
    }

    /** A threshold or value as people write it: no trailing {@code .0}, at most 4 decimals. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) value);
        }
        return String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "");
    }
}
