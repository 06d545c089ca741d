package dev.lambdaobs.dashboardgen.preview;

import java.util.List;
import java.util.Locale;

/** A small SVG line chart of a metric's points with dashed threshold lines, scaled to fit both. */
final class Sparkline {
    static final int WIDTH = 300;
    static final int HEIGHT = 80;

    private Sparkline() {
    }

    static String svg(List<double[]> points, List<Double> thresholds) {
        double min = 0;
        double max = 1;
        for (double[] p : points) {
            max = Math.max(max, p[1]);
            min = Math.min(min, p[1]);
        }
        for (double t : thresholds) {
            max = Math.max(max, t);
            min = Math.min(min, t);
        }
        double span = max - min;
        StringBuilder out = new StringBuilder("<svg class=\"chart\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT
                + "\" preserveAspectRatio=\"none\">");
        for (double t : thresholds) {
            double y = y(t, min, span);
            out.append(String.format(Locale.ROOT, "<line class=\"threshold\" x1=\"0\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>",
                    WIDTH, y, y));
        }
        if (!points.isEmpty()) {
            out.append("<polyline class=\"series\" points=\"");
            for (int i = 0; i < points.size(); i++) {
                double x = points.size() == 1 ? WIDTH / 2.0 : i * (WIDTH - 1.0) / (points.size() - 1);
                out.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y(points.get(i)[1], min, span)));
            }
            out.append("\"/>");
        }
        return out.append("</svg>").toString();
    }

    private static double y(double value, double min, double span) {
        return HEIGHT - 4 - (value - min) / span * (HEIGHT - 8);
    }
}
