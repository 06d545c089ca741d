package dev.lambdaobs.dashboardgen.preview.render;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers, periods and times as a dashboard shows them. */
final class Numbers {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final long TEN_MINUTES = 600_000;

    private Numbers() {
    }

    /** {@code 13.5k}, {@code 2.1M}, {@code 0.05}, {@code 42}. */
    static String compact(double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= 1e6) {
            return trim(value / 1e6) + "M";
        }
        if (magnitude >= 1e4) {
            return trim(value / 1e3) + "k";
        }
        return trim(value);
    }

    /** {@code 60 s}, {@code 5 min}, {@code 1 h}. */
    static String period(int seconds) {
        if (seconds % 3600 == 0) {
            return seconds / 3600 + " h";
        }
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }

    /** A time-axis label: with seconds when the axis spans less than ten minutes. */
    static String time(long epochMillis, long spanMillis) {
        return (spanMillis < TEN_MINUTES ? SECONDS : MINUTES).format(Instant.ofEpochMilli(epochMillis));
    }

    private static String trim(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }
}
