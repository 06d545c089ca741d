package dev.lambdaobs.benchmarks.harness;

import java.util.Locale;

/**
 * The comparisons RESULTS.md quotes: overhead over the bare handler, that overhead as a fraction of
 * Powertools' overhead, and plain ratios; "—" where a side was not measured.
 */
final class Compare {
    static final String NONE = "—";

    private Compare() {
    }

    static String overhead(Double value, Double bare, int decimals) {
        return value == null || bare == null ? NONE : signed(value - bare, decimals);
    }

    /** (value − bare) / (peer − bare), e.g. "0.42x of Powertools' overhead". */
    static String overheadRatio(Double value, Double peer, Double bare) {
        Double ratio = overheadRatioValue(value, peer, bare);
        return ratio == null ? NONE : String.format(Locale.ROOT, "%.2fx", ratio);
    }

    static Double overheadRatioValue(Double value, Double peer, Double bare) {
        if (value == null || peer == null || bare == null || peer - bare <= 0) {
            return null;
        }
        return (value - bare) / (peer - bare);
    }

    static String ratio(Double value, Double reference) {
        return value == null || reference == null || reference == 0 ? NONE
                : String.format(Locale.ROOT, "%.2fx", value / reference);
    }

    private static String signed(double value, int decimals) {
        return (value >= 0 ? "+" : "") + Stats.format(value, decimals);
    }
}
