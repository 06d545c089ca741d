package dev.lambdaobs.dashboardgen.preview;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.preview.alarm.LocalAlarms;
import dev.lambdaobs.dashboardgen.preview.data.LocalMetrics;
import java.util.List;
import java.util.Map;

/**
 * Everything a preview page shows.
 *
 * @param service        the service name
 * @param dashboards     dashboard name to body, in page order
 * @param alarms         the alarms.json array (empty when not given)
 * @param metrics        the local metrics (EMF and derived)
 * @param verdicts       the alarms evaluated on {@code metrics}
 * @param logLines       the local JSON log lines
 * @param invocations    how many invocations the derived metrics come from
 * @param region         the Region assumed for console links
 * @param periodOverride a period (seconds) for every graph, or 0 for each widget's own
 */
public record Preview(String service, Map<String, JsonNode> dashboards, JsonNode alarms, LocalMetrics metrics, LocalAlarms verdicts,
        List<JsonNode> logLines, int invocations, String region, int periodOverride) {
}
