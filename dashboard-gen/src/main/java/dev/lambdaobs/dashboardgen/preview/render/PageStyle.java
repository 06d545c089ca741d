package dev.lambdaobs.dashboardgen.preview.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The page's one style sheet, and the Content-Security-Policy that allows exactly it: no scripts, no
 * requests of any kind (images, fonts, frames, forms), and styles only from the block whose SHA-256
 * the policy names. Widgets are placed on the grid by classes ({@code x3 w12 y4 h6}) rather than
 * {@code style} attributes, which the policy forbids.
 *
 * @see <a href="https://www.w3.org/TR/CSP3/">Content Security Policy Level 3</a>
 */
final class PageStyle {
    static final int COLUMN_PIXELS = 60;
    static final int ROW_PIXELS = 40;
    static final int GAP_PIXELS = 6;
    static final int PADDING_PIXELS = 8;

    private final SortedSet<String> placements = new TreeSet<>();

    /** The classes that put a widget at grid position x, y with size w, h (CloudWatch's 24-column units). */
    String place(int x, int y, int width, int height) {
        String classes = "x" + x + " y" + y + " w" + width + " h" + height;
        placements.add(".x" + x + "{grid-column-start:" + (x + 1) + "}");
        placements.add(".w" + width + "{grid-column-end:span " + width + "}");
        placements.add(".y" + y + "{grid-row-start:" + (y + 1) + "}");
        placements.add(".h" + height + "{grid-row-end:span " + height + "}");
        return classes;
    }

    String css() {
        StringBuilder swatches = new StringBuilder();
        for (int i = 0; i < MetricWidget.PALETTE.size(); i++) {
            swatches.append("ul.legend b.c").append(i).append("{color:").append(MetricWidget.PALETTE.get(i)).append('}');
        }
        return BASE + swatches + String.join("", placements);
    }

    static String contentSecurityPolicy(String css) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8));
            return "default-src 'none'; style-src 'sha256-" + Base64.getEncoder().encodeToString(hash) + "'; img-src 'none'; "
                    + "font-src 'none'; connect-src 'none'; frame-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static final String BASE = "body{font-family:'Amazon Ember','Helvetica Neue',Roboto,Arial,sans-serif;margin:0;"
            + "background:#f2f3f3;color:#16191f}header.page{background:#232f3e;color:#fff;padding:14px 24px}"
            + "header.page h1{margin:0;font-size:20px;font-weight:600}header.page p{margin:4px 0 0;font-size:13px;color:#d5dbdb}"
            + "nav{padding:8px 24px;font-size:13px}nav a{margin-right:14px;color:#0972d3}main{padding:0 24px 24px}"
            + "h2{font-size:17px;margin:18px 0 8px}.grid{display:grid;width:" + 24 * COLUMN_PIXELS + "px;grid-template-columns:repeat(24,"
            + (COLUMN_PIXELS - GAP_PIXELS) + "px);grid-auto-rows:" + (ROW_PIXELS - GAP_PIXELS) + "px;gap:" + GAP_PIXELS + "px}"
            + ".widget{background:#fff;border:1px solid #d5dbdb;border-radius:2px;padding:" + PADDING_PIXELS + "px;overflow:hidden;"
            + "font-size:12px;box-shadow:0 1px 1px rgba(0,28,36,.15);content-visibility:auto}.widget h3{margin:0 0 2px;font-size:14px;font-weight:600;"
            + "white-space:nowrap;overflow:hidden;text-overflow:ellipsis}.meta{margin:0 0 4px;color:#5f6b7a;font-size:11px}"
            + ".tag{border-radius:8px;padding:0 6px;font-size:10px;margin-left:4px}.tag.emf{background:#e6f2ff;color:#0972d3}"
            + ".tag.derived{background:#f1e6ff;color:#7d3ad1}svg.chart{display:block;width:100%;height:auto}"
            + ".chart .grid{stroke:#e9ebed;stroke-width:1;fill:none}.chart .tick,.chart .unit{font-size:10px;fill:#5f6b7a}"
            + ".chart .series{fill:none;stroke-width:2;stroke-linejoin:round}.chart .area{fill-opacity:.35;stroke:none}"
            + ".chart .threshold{stroke:#d13212;stroke-width:1.5;stroke-dasharray:5 3}.chart .band{fill:#d13212;fill-opacity:.06}"
            + ".chart .band.firing{fill-opacity:.18}.chart .threshold-label{font-size:10px;fill:#d13212}"
            + "ul.legend{list-style:none;margin:2px 0 0;padding:0;max-height:" + MetricWidget.LEGEND_MAX_ROWS * MetricWidget.LEGEND_ROW_PIXELS
            + "px;overflow-x:hidden;overflow-y:auto;font-size:11px;line-height:" + MetricWidget.LEGEND_ROW_PIXELS + "px;columns:2}"
            + "ul.legend li{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}ul.legend li.empty{color:#8d99a8}"
            + "ul.legend b{margin-right:4px;font-weight:400}.note{color:#5f6b7a;font-size:11px}"
            + ".approx{color:#8a6d00}.nodata{color:#5f6b7a;border:1px dashed #d5dbdb;padding:6px 10px;margin-top:6px}"
            + ".nodata p{margin:0 0 4px}.nodata ul{margin:0;padding-left:16px;font-size:11px}"
            + "pre.query{white-space:pre-wrap;margin:0;background:#fafafa;border:1px solid #e9ebed;padding:6px;font-size:11px;"
            + "max-height:96px;overflow:auto}table.loglines{border-collapse:collapse;font-size:11px;width:100%}"
            + "table.loglines td,table.loglines th{border-bottom:1px solid #e9ebed;padding:2px 4px;text-align:left;"
            + "max-width:240px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}.markdown h1{font-size:20px;margin:0}"
            + ".markdown h2{font-size:17px;margin:4px 0}.markdown p{margin:4px 0}.markdown a{color:#0972d3}"
            + ".placeholder{background:#f2f3f3;border:1px solid #d5dbdb;border-radius:3px;padding:0 3px;font-family:monospace}"
            + "ul.alarms{list-style:none;margin:0;padding:0;columns:3;font-size:12px}ul.alarms li{margin:2px 0;white-space:nowrap;"
            + "overflow:hidden;text-overflow:ellipsis}.state{display:inline-block;border-radius:2px;padding:0 5px;font-size:10px;"
            + "font-weight:700;color:#fff;background:#687078}.state.alarm{background:#d13212}.state.ok{background:#1d8102}"
            + ".state.not-evaluated,.state.no-local-verdict{background:#fff;color:#5f6b7a;border:1px solid #8d99a8}"
            + ".alarm-table table{border-collapse:collapse;background:#fff;font-size:12px;width:" + 24 * COLUMN_PIXELS + "px}"
            + ".alarm-table td,.alarm-table th{border-bottom:1px solid #e9ebed;padding:4px 6px;text-align:left;vertical-align:top}"
            + "details.ok-alarms summary{cursor:pointer;font-size:13px;margin:8px 0}.severity{color:#5f6b7a;font-size:11px}.condition{color:#414d5c}.points .point{white-space:nowrap;color:#414d5c}"
            + ".points .point.breaching{color:#d13212;font-weight:600}.counts{font-size:13px}";
}
