package dev.lambdaobs.dashboardgen.preview.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.preview.alarm.LocalAlarms;
import dev.lambdaobs.dashboardgen.preview.data.LocalMetrics;
import java.util.List;

/**
 * What every widget is drawn from.
 *
 * @param metrics        the local metrics
 * @param alarms         the alarms' verdicts on them
 * @param alarmIndex     threshold lines to alarms
 * @param logLines       the local log lines (JSON objects)
 * @param region         the Region assumed for {@code ${AWS::Region}} in links
 * @param periodOverride a period (seconds) for every graph, or 0 for each widget's own
 */
record RenderContext(LocalMetrics metrics, LocalAlarms alarms, AlarmIndex alarmIndex, List<JsonNode> logLines, String region,
        int periodOverride) {

    static RenderContext of(LocalMetrics metrics, JsonNode alarmsJson, LocalAlarms alarms, List<JsonNode> logLines, String region,
            int periodOverride) {
        return new RenderContext(metrics, alarms, new AlarmIndex(alarmsJson, alarms), logLines, region, periodOverride);
    }
}
