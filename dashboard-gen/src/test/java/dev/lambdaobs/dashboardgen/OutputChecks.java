package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.dashboard.DashboardDefinition;
import dev.lambdaobs.dashboardgen.generate.GenerationResult;
import dev.lambdaobs.dashboardgen.generate.QueryDefinition;
import dev.lambdaobs.dashboardgen.limits.CloudFormationLimits;
import dev.lambdaobs.dashboardgen.limits.CloudWatchLimits;
import dev.lambdaobs.dashboardgen.naming.NameScope;
import dev.lambdaobs.dashboardgen.template.CfnTemplate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Structure and limit checks of generated dashboards, composite rules and names; schema checks of resources. */
final class OutputChecks {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern RULE = Pattern.compile("ALARM\\(\"([^\"]+)\"\\)(?: OR ALARM\\(\"([^\"]+)\"\\))*");
    private static final Pattern TERM = Pattern.compile("ALARM\\(\"([^\"]+)\"\\)");
    private static final Set<String> WIDGET_TYPES = Set.of("text", "metric", "alarm", "log");

    private OutputChecks() {
    }

    static void checkAll(GenerationResult result, CfnSchemas schemas) {
        List<String> problems = new ArrayList<>();
        for (AlarmDefinition alarm : result.alarms()) {
            problems.addAll(prefix(alarm.logicalId(), schemas.problems(alarm.type(), alarm.properties())));
            assertThat(alarm.logicalId()).matches(CloudFormationLimits.LOGICAL_ID_PATTERN).hasSizeLessThanOrEqualTo(255);
            assertThat(NameScope.worstCaseLength(alarm.name())).as(alarm.name()).isLessThanOrEqualTo(CloudWatchLimits.MAX_ALARM_NAME_LENGTH);
            if (alarm.type().equals(AlarmDefinition.COMPOSITE_ALARM)) {
                checkRule(alarm, result.alarms());
            }
        }
        for (DashboardDefinition dashboard : result.dashboards()) {
            problems.addAll(prefix(dashboard.logicalId(), schemas.problems("AWS::CloudWatch::Dashboard",
                    dashboard.toResource().get("Properties"))));
            checkDashboard(dashboard);
        }
        for (QueryDefinition query : result.queries()) {
            problems.addAll(prefix(query.logicalId(), schemas.problems("AWS::Logs::QueryDefinition", query.toResource().get("Properties"))));
            assertThat(query.logGroups()).hasSizeLessThanOrEqualTo(CloudWatchLimits.MAX_LOG_GROUPS_PER_QUERY);
        }
        assertThat(problems).as(result.service()).isEmpty();
    }

    /**
     * Every resource of the output template that the input templates do not have, or have with other
     * content (what the guardrails added or changed), validates against its registry schema. SAM
     * types have no registry schema and are skipped.
     */
    static void checkChangedResources(GenerationResult result, List<Path> inputs, CfnSchemas schemas) {
        Map<String, JsonNode> before = new HashMap<>();
        for (Path file : inputs) {
            CfnTemplate.read(file).root().path("Resources").fields().forEachRemaining(e -> before.put(e.getKey(), e.getValue()));
        }
        List<String> problems = new ArrayList<>();
        result.template().path("Resources").fields().forEachRemaining(entry -> {
            String type = entry.getValue().path("Type").asText();
            if (!entry.getValue().equals(before.get(entry.getKey())) && schemas.knows(type)) {
                problems.addAll(prefix(entry.getKey(), schemas.problems(type, entry.getValue().path("Properties"))));
            }
        });
        assertThat(problems).as(result.service()).isEmpty();
    }

    static void checkDashboard(DashboardDefinition dashboard) {
        assertThat(dashboard.name()).matches(CloudWatchLimits.DASHBOARD_NAME_PATTERN);
        String deployed = WorstCase.text(dashboard.deployedName(), Map.of());
        assertThat(deployed).matches(CloudWatchLimits.DASHBOARD_NAME_PATTERN)
                .hasSizeLessThanOrEqualTo(CloudWatchLimits.MAX_DASHBOARD_NAME_LENGTH);
        JsonNode widgets = dashboard.body().get("widgets");
        assertThat(widgets.size()).isBetween(1, CloudWatchLimits.MAX_WIDGETS_PER_DASHBOARD);
        int metrics = 0;
        for (JsonNode widget : widgets) {
            assertThat(widget.path("type").asText()).isIn(WIDGET_TYPES);
            assertThat(widget.path("x").asInt() + widget.path("width").asInt()).isLessThanOrEqualTo(CloudWatchLimits.DASHBOARD_GRID_WIDTH);
            assertThat(widget.path("properties").isObject()).isTrue();
            int widgetMetrics = widget.path("properties").path("metrics").size();
            assertThat(widgetMetrics).isLessThanOrEqualTo(CloudWatchLimits.MAX_METRICS_PER_WIDGET);
            assertThat(widget.path("properties").path("alarms").size()).isLessThanOrEqualTo(CloudWatchLimits.MAX_ALARMS_PER_ALARM_WIDGET);
            if (widget.path("type").asText().equals("metric")) {
                assertThat(widgetMetrics).isPositive();
                assertThat(widget.path("properties").path("region").asText()).isNotEmpty();
            }
            metrics += widgetMetrics;
        }
        assertThat(metrics).isLessThanOrEqualTo(CloudWatchLimits.MAX_METRICS_PER_DASHBOARD);
        JsonNode sub = dashboard.cfnBody().get("Fn::Sub");
        String text = sub.isArray() ? sub.get(0).asText() : sub.asText();
        try {
            assertThat(JSON.readTree(text)).isEqualTo(dashboard.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("dashboard body is not JSON: " + dashboard.name(), e);
        }
    }

    /**
     * The rule, rendered with the longest stack name and every condition true, respects the length and child
     * limits and names existing alarms; the composite depends on exactly its unconditional children (a conditional
     * child is named by its ARN inside Fn::If, which makes the dependency only when it exists).
     */
    static void checkRule(AlarmDefinition composite, List<AlarmDefinition> all) {
        Map<String, String> arns = new HashMap<>();
        all.forEach(a -> arns.put(a.logicalId(), WorstCase.ARN_PREFIX + WorstCase.text(NameScope.value(a.name()), Map.of())));
        String rule = WorstCase.text(composite.properties().get("AlarmRule"), arns).replaceAll(" OR FALSE$", "");
        assertThat(rule).hasSizeLessThanOrEqualTo(CloudWatchLimits.MAX_COMPOSITE_RULE_LENGTH).matches(RULE);
        Matcher term = TERM.matcher(rule);
        List<String> children = new ArrayList<>();
        while (term.find()) {
            children.add(term.group(1).replace(WorstCase.ARN_PREFIX, ""));
        }
        assertThat(children).hasSizeLessThanOrEqualTo(CloudWatchLimits.MAX_COMPOSITE_CHILDREN).doesNotHaveDuplicates();
        Map<String, AlarmDefinition> byName = all.stream().collect(Collectors.toMap(a -> WorstCase.text(NameScope.value(a.name()),
                Map.of()), a -> a));
        assertThat(byName.keySet()).containsAll(children);
        assertThat(composite.dependsOn()).containsExactlyInAnyOrderElementsOf(children.stream().map(byName::get)
                .filter(child -> child.condition().isEmpty()).map(AlarmDefinition::logicalId).toList());
    }

    private static List<String> prefix(String id, List<String> problems) {
        return problems.stream().map(p -> id + ": " + p).toList();
    }
}
