package dev.lambdaobs.dashboardgen.preview.render;

import java.util.List;
import java.util.NavigableMap;

/**
 * What a time-series chart draws.
 *
 * @param lines      the series, in legend order
 * @param thresholds horizontal annotations
 * @param fromMillis start of the time axis
 * @param toMillis   end of the time axis
 * @param stacked    whether the series are stacked areas
 * @param unit       the y axis' label
 */
record ChartModel(List<Line> lines, List<Threshold> thresholds, long fromMillis, long toMillis, boolean stacked, String unit) {

    /** One series: period start to value. */
    record Line(String label, String color, NavigableMap<Long, Double> points) {
    }

    /**
     * A threshold line, with the alarm band shaded above or below it.
     *
     * @param inAlarm whether the alarm it belongs to is in ALARM on the local data
     */
    record Threshold(double value, String label, boolean above, boolean inAlarm) {
    }
}
