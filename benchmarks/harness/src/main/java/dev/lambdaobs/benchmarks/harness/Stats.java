package dev.lambdaobs.benchmarks.harness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Order statistics of one figure's samples: median, quartiles, extremes.
 *
 * <p>Example: {@code Stats s = Stats.of(List.of(3.0, 1.0, 2.0)); s.median(); // 2.0}
 */
record Stats(int count, double median, double p25, double p75, double min, double max) {

    static Stats of(List<Double> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        return new Stats(sorted.size(), quantile(sorted, 0.5), quantile(sorted, 0.25), quantile(sorted, 0.75),
                sorted.get(0), sorted.get(sorted.size() - 1));
    }

    /** Linear interpolation between closest ranks, as R's type 7 and NumPy's default. */
    private static double quantile(List<Double> sorted, double q) {
        double rank = q * (sorted.size() - 1);
        int low = (int) Math.floor(rank);
        int high = (int) Math.ceil(rank);
        return sorted.get(low) + (rank - low) * (sorted.get(high) - sorted.get(low));
    }

    /** "median [p25–p75]" with the given number of decimals. */
    String medianWithIqr(int decimals) {
        return format(median, decimals) + " [" + format(p25, decimals) + "–" + format(p75, decimals) + "]";
    }

    /** "min–max". */
    String range(int decimals) {
        return format(min, decimals) + "–" + format(max, decimals);
    }

    static String format(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }
}
