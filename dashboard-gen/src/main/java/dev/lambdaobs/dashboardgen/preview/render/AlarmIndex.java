package dev.lambdaobs.dashboardgen.preview.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.preview.alarm.AlarmState;
import dev.lambdaobs.dashboardgen.preview.alarm.AlarmVerdict;
import dev.lambdaobs.dashboardgen.preview.alarm.LocalAlarms;
import dev.lambdaobs.dashboardgen.preview.data.ApiRoutes;
import dev.lambdaobs.dashboardgen.preview.data.MetricRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The single-metric alarms by metric and threshold, so a graph's threshold line knows its alarm:
 * which side of the line is the alarm band, and whether the alarm is in ALARM on the local data.
 */
final class AlarmIndex {
    /** A threshold line's alarm. */
    record Match(String alarmName, boolean above, boolean inAlarm) {
    }

    private record Entry(MetricRef metric, double threshold, boolean above, String alarmName) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final LocalAlarms verdicts;

    AlarmIndex(JsonNode alarms, LocalAlarms verdicts) {
        this.verdicts = verdicts;
        for (JsonNode alarm : alarms) {
            JsonNode p = alarm.path("properties");
            if (p.has("MetricName") && !p.path("Threshold").isObject()) {
                MetricRef metric = new MetricRef(p.path("Namespace").asText(), p.path("MetricName").asText(),
                        ApiRoutes.dimensionMap(p.path("Dimensions")));
                entries.add(new Entry(metric, p.path("Threshold").asDouble(), p.path("ComparisonOperator").asText().startsWith("Greater"),
                        alarm.path("name").asText()));
            }
        }
    }

    /** The alarm on one of {@code metrics} with this threshold, if any. */
    Optional<Match> find(List<MetricRef> metrics, double threshold) {
        return entries.stream().filter(e -> e.threshold() == threshold && metrics.contains(e.metric())).findFirst()
                .map(e -> new Match(e.alarmName(), e.above(), inAlarm(e.alarmName())));
    }

    private boolean inAlarm(String name) {
        AlarmVerdict verdict = verdicts.verdict(name);
        return verdict != null && verdict.state() == AlarmState.ALARM;
    }
}
