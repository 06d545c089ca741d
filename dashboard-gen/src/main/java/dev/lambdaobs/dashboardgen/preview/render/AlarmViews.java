package dev.lambdaobs.dashboardgen.preview.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.preview.alarm.AlarmState;
import dev.lambdaobs.dashboardgen.preview.alarm.AlarmVerdict;
import dev.lambdaobs.dashboardgen.preview.alarm.Datapoint;
import dev.lambdaobs.dashboardgen.preview.alarm.LocalAlarms;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Alarm states on the local data: the alarm widget's list, and the page's table of every alarm with its deciding datapoints. */
final class AlarmViews {
    private static final String ARN_ALARM = ":alarm:";

    private AlarmViews() {
    }

    /** An alarm widget: each alarm with its state badge. */
    static String widget(JsonNode properties, LocalAlarms alarms) {
        StringBuilder out = new StringBuilder("<ul class=\"alarms\">");
        for (JsonNode arn : properties.path("alarms")) {
            String text = arn.asText();
            int at = text.lastIndexOf(ARN_ALARM);
            String name = at < 0 ? text : text.substring(at + ARN_ALARM.length());
            AlarmVerdict verdict = alarms.verdict(name);
            out.append("<li class=\"alarm\" data-alarm=\"").append(Html.escape(name)).append("\">")
                    .append(badge(verdict == null ? "NO LOCAL VERDICT" : verdict.shownState())).append(' ').append(Html.escape(name))
                    .append("</li>");
        }
        return out.append("</ul>").toString();
    }

    /** The page's summary: counts per state, then every alarm with its condition, reason and datapoints. */
    static String table(LocalAlarms alarms) {
        List<AlarmVerdict> all = alarms.all();
        if (all.isEmpty()) {
            return "";
        }
        Map<String, Long> counts = all.stream().collect(Collectors.groupingBy(AlarmVerdict::shownState, TreeMap::new,
                Collectors.counting()));
        StringBuilder out = new StringBuilder("<section class=\"alarm-table\"><h2>Alarms on the local data</h2><p class=\"counts\">");
        for (String state : List.of("ALARM", "INSUFFICIENT_DATA", "OK", "NOT EVALUATED")) {
            if (counts.containsKey(state)) {
                out.append(badge(state)).append(' ').append(counts.get(state)).append(" &nbsp; ");
            }
        }
        out.append("</p>");
        List<AlarmVerdict> notOk = all.stream().filter(v -> v.state() != AlarmState.OK)
                .sorted(Comparator.comparing((AlarmVerdict v) -> v.state() == AlarmState.ALARM ? 0 : v.state() == null ? 2 : 1)).toList();
        List<AlarmVerdict> ok = all.stream().filter(v -> v.state() == AlarmState.OK).toList();
        rows(out, notOk);
        if (!ok.isEmpty()) {
            // A large service has thousands of OK alarms: folded, so the page stays quick to render.
            out.append("<details class=\"ok-alarms\"").append(notOk.isEmpty() ? " open" : "").append("><summary>")
                    .append(ok.size()).append(" alarm(s) OK</summary>");
            rows(out, ok);
            out.append("</details>");
        }
        return out.append("</section>").toString();
    }

    private static void rows(StringBuilder out, List<AlarmVerdict> verdicts) {
        if (verdicts.isEmpty()) {
            return;
        }
        out.append("<table><tr><th>State</th><th>Alarm</th><th>Condition</th><th>Why</th><th>Deciding datapoints</th></tr>");
        verdicts.forEach(verdict -> row(out, verdict));
        out.append("</table>");
    }

    private static void row(StringBuilder out, AlarmVerdict verdict) {
        out.append("<tr class=\"verdict\" data-alarm=\"").append(Html.escape(verdict.name())).append("\" data-state=\"")
                .append(Html.escape(verdict.shownState())).append("\"><td>").append(badge(verdict.shownState())).append("</td><td>")
                .append(Html.escape(verdict.name()));
        if (!verdict.severity().isEmpty()) {
            out.append(" <span class=\"severity\">").append(Html.escape(verdict.severity())).append("</span>");
        }
        out.append("</td><td class=\"condition\">").append(Html.escape(verdict.condition())).append("</td><td>")
                .append(Html.escape(verdict.reason())).append("</td><td class=\"points\">");
        for (Datapoint point : verdict.datapoints()) {
            out.append("<span class=\"point").append(point.breaching() ? " breaching" : "").append("\">")
                    .append(Numbers.time(point.periodStart(), 0)).append(' ')
                    .append(point.filled() ? "missing" : Html.escape(Numbers.compact(point.value()))).append("</span> ");
        }
        out.append("</td></tr>");
    }

    static String badge(String state) {
        String css = Arrays.stream(state.toLowerCase(Locale.ROOT).split("[ _]")).collect(Collectors.joining("-"));
        return "<span class=\"state " + Html.escape(css) + "\">" + Html.escape(state.replace('_', ' ')) + "</span>";
    }
}
