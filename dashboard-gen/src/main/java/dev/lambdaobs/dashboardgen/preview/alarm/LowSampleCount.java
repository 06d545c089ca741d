package dev.lambdaobs.dashboardgen.preview.alarm;

import java.util.List;
import java.util.Map;

/**
 * {@code EvaluateLowSampleCountPercentile} of an alarm on a percentile, as CloudWatch documents it: a
 * period with too few samples for its percentile to be statistically significant is a low sample;
 * {@code evaluate} (the default) evaluates the alarm anyway, {@code ignore} leaves its state unchanged
 * while the sample is low. Here an evaluation whose deciding datapoints include one from a low-sample
 * period keeps the current state with {@code ignore} (a new alarm's INSUFFICIENT_DATA), and is evaluated
 * as usual with {@code evaluate}, the reason saying the sample was low.
 *
 * <pre>{@code
 * LowSampleCount.minimumSamples(99); // 1000
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/percentiles-with-low-samples.html">Percentile-based alarms and low data samples</a>
 */
final class LowSampleCount {
    /**
     * The numerator of CloudWatch's rule: for a percentile p from 0.5 (inclusive) to 1 (exclusive) a period with
     * fewer than {@code 10 / (1 - p)} data points is a low sample (fewer than 1000 for p99); for p above 0 and
     * below 0.5, fewer than {@code 10 / p}.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/percentiles-with-low-samples.html">Percentile-based alarms and low data samples</a>
     */
    static final double LOW_SAMPLE_NUMERATOR = 10;
    static final String EVALUATE = "evaluate";
    static final String IGNORE = "ignore";
    /** Absorbs floating point: {@code 10 / (1 - 0.9)} is 100.00000000000001, and p90 needs 100 samples, not 101. */
    private static final double ROUNDING = 1e-6;

    private LowSampleCount() {
    }

    /** The fewest samples a period needs for percentile {@code percent} (0 to 100) not to be low; 0 where the rule does not apply (p0, p100). */
    static int minimumSamples(double percent) {
        double p = percent / 100;
        double needed;
        if (p >= 0.5 && p < 1) {
            needed = LOW_SAMPLE_NUMERATOR / (1 - p);
        } else if (p > 0 && p < 0.5) {
            needed = LOW_SAMPLE_NUMERATOR / p;
        } else {
            return 0;
        }
        // "fewer than 333.3 data points" is 333 or fewer: 334 are enough
        return (int) Math.ceil(needed - ROUNDING);
    }

    /**
     * Applies {@code setting} ({@code evaluate} or {@code ignore}) to {@code evaluation}, given the samples of each period.
     *
     * @param percent      the alarm's percentile, 0 to 100
     * @param sampleCounts period start to the number of samples in it
     */
    static Evaluation apply(Evaluation evaluation, String setting, double percent, Map<Long, Double> sampleCounts) {
        if (!setting.equals(EVALUATE) && !setting.equals(IGNORE)) {
            throw new UnsupportedOperationException("EvaluateLowSampleCountPercentile '" + setting + "' is neither "
                    + EVALUATE + " nor " + IGNORE);
        }
        int minimum = minimumSamples(percent);
        List<String> low = evaluation.evaluated().stream().filter(d -> !d.filled())
                .map(d -> sampleCounts.getOrDefault(d.periodStart(), 0.0)).filter(count -> count < minimum)
                .map(Comparisons::number).toList();
        if (low.isEmpty()) {
            return evaluation;
        }
        String why = "low sample: p" + Comparisons.number(percent) + " needs " + minimum + " samples a period, "
                + low.size() + " deciding datapoint(s) had " + String.join(", ", low);
        if (setting.equals(IGNORE)) {
            return new Evaluation(AlarmState.INSUFFICIENT_DATA, why + "; EvaluateLowSampleCountPercentile: ignore keeps the "
                    + "current state (a new alarm starts in INSUFFICIENT_DATA)", evaluation.evaluated());
        }
        return new Evaluation(evaluation.state(), evaluation.reason() + "; " + why + ", evaluated anyway "
                + "(EvaluateLowSampleCountPercentile: evaluate)", evaluation.evaluated());
    }
}
