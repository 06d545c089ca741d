package dev.lambdaobs.dashboardgen.limits;

import java.util.Optional;
import java.util.Set;

/**
 * The statistics an alarm accepts: the five standard ones go in {@code Statistic}, every other one (percentiles
 * {@code p99}, trimmed means {@code tm90}, {@code IQM}, {@code TM(10%:90%)} ...) in {@code ExtendedStatistic}.
 *
 * <pre>{@code
 * Statistics.problem("p99.9"); // empty
 * Statistics.problem("Median"); // Optional["unknown statistic 'Median'; ..."]
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Statistics-definitions.html">CloudWatch statistics definitions</a>
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html">PutMetricAlarm: Statistic, ExtendedStatistic</a>
 */
public final class Statistics {
    /** The values of an alarm's {@code Statistic}. */
    public static final Set<String> STANDARD = Set.of("SampleCount", "Average", "Sum", "Minimum", "Maximum");

    private Statistics() {
    }

    public static boolean isStandard(String statistic) {
        return STANDARD.contains(statistic);
    }

    /** Why CloudWatch would refuse {@code statistic}, or empty when it is one it accepts. */
    public static Optional<String> problem(String statistic) {
        try {
            // The preview computes every statistic CloudWatch defines, so its parser knows their spelling.
            dev.lambdaobs.dashboardgen.preview.data.Statistic.parse(statistic);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("unknown statistic '" + statistic + "'; expected one of " + new java.util.TreeSet<>(STANDARD)
                    + ", a percentile pNN (p99, p99.9), tmNN, wmNN, tcNN, tsNN, IQM or TM/WM/TC/TS/PR(a:b)");
        }
    }
}
