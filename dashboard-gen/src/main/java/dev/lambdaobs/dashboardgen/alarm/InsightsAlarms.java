package dev.lambdaobs.dashboardgen.alarm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.limits.MetricsInsightsLimits;
import dev.lambdaobs.dashboardgen.naming.NameScope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/**
 * Replaces per-resource alarms that are alike but for the resource (same namespace, metric, statistic, single
 * dimension, threshold, period, M of N, comparison, missing-data handling and severity, no actions of their own, no
 * condition) by Metrics Insights alarms, one per group of resources:
 * {@code SELECT MAX(Errors) FROM SCHEMA("AWS/Lambda", FunctionName) WHERE FunctionName IN ('a', 'b') GROUP BY FunctionName}.
 * Each resource stays a contributor of its own, so one failing function still alarms. An alarm whose threshold was
 * overridden or derived per resource (a function's timeout) differs from the others and stays per resource, as do
 * those {@code pinned} (rollback alarms a deployment preference names) and those Metrics Insights cannot evaluate
 * (percentiles, metric math, periods under a minute, more than three hours of evaluation).
 *
 * <pre>{@code
 * InsightsAlarms.Result result = InsightsAlarms.combine(context, alarms, pinned, 200, false);
 * }</pre>
 */
public final class InsightsAlarms {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String IDENTIFIER = "[A-Za-z_][A-Za-z0-9_]*";

    /**
     * @param alarms   the alarms, Insights ones after the per-resource ones that stay
     * @param insights how many Metrics Insights alarms were made
     * @param replaced how many per-resource alarms they replace
     */
    public record Result(List<AlarmDefinition> alarms, int insights, int replaced) {
    }

    private record Member(AlarmDefinition alarm, JsonNode value, int worstLength) {
    }

    private InsightsAlarms() {
    }

    /**
     * @param budget at most this many Insights alarms (largest groups first)
     * @param strict fail when the eligible groups need more than {@code budget}, instead of leaving the rest per resource
     */
    public static Result combine(AlarmContext context, List<AlarmDefinition> alarms, Predicate<AlarmDefinition> pinned, int budget,
            boolean strict) {
        Map<String, List<Member>> groups = new LinkedHashMap<>();
        for (AlarmDefinition alarm : alarms) {
            if (!pinned.test(alarm)) {
                member(alarm).ifPresent(m -> groups.computeIfAbsent(key(alarm), k -> new ArrayList<>()).add(m));
            }
        }
        List<List<List<Member>>> chunked = groups.values().stream().filter(g -> g.size() > 1).map(InsightsAlarms::chunks)
                .filter(chunks -> chunks.size() < chunks.stream().mapToInt(List::size).sum())
                .sorted(Comparator.comparingInt((List<List<Member>> c) -> -c.stream().mapToInt(List::size).sum())).toList();
        int needed = chunked.stream().mapToInt(List::size).sum();
        if (strict && needed > budget) {
            throw new BadInputException("--alarm-style insights: " + needed + " Metrics Insights alarms needed, more than the "
                    + budget + " a Region allows (MetricsInsightsLimits.MAX_INSIGHTS_ALARMS_PER_REGION); use --alarm-style auto "
                    + "or per-resource");
        }
        List<AlarmDefinition> made = new ArrayList<>();
        java.util.Set<AlarmDefinition> covered = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Map<String, Integer> counters = new LinkedHashMap<>();
        for (List<List<Member>> chunks : chunked) {
            if (made.size() + chunks.size() > budget) {
                continue;
            }
            for (List<Member> chunk : chunks) {
                made.add(insightsAlarm(context, chunk, counters));
                chunk.forEach(m -> covered.add(m.alarm()));
            }
        }
        List<AlarmDefinition> result = new ArrayList<>(alarms.stream().filter(a -> !covered.contains(a)).toList());
        result.addAll(made);
        return new Result(result, made.size(), covered.size());
    }

    /** The alarm as a group member, when Metrics Insights can evaluate it and its dimension value fits a query. */
    private static java.util.Optional<Member> member(AlarmDefinition alarm) {
        ObjectNode p = alarm.properties();
        int period = p.path("Period").asInt(0);
        JsonNode dimensions = p.path("Dimensions");
        boolean eligible = alarm.type().equals(AlarmDefinition.METRIC_ALARM) && alarm.condition().isEmpty()
                && p.has("MetricName") && MetricsInsightsLimits.FUNCTIONS.containsKey(p.path("Statistic").asText())
                && !p.has("AlarmActions") && dimensions.size() == 1 && period >= MetricsInsightsLimits.MIN_PERIOD_SECONDS
                && (long) period * p.path("EvaluationPeriods").asInt() <= MetricsInsightsLimits.MAX_EVALUATION_WINDOW.toSeconds();
        if (!eligible) {
            return java.util.Optional.empty();
        }
        String dimension = dimensions.get(0).path("Name").asText();
        JsonNode value = dimensions.get(0).path("Value");
        if (value.isTextual() && value.asText().matches("[^'\\\\$]+")) {
            return java.util.Optional.of(new Member(alarm, value, value.asText().length()));
        }
        Integer max = MetricsInsightsLimits.MAX_REFERENCED_VALUE_LENGTH.get(dimension);
        if (max != null && value.size() == 1 && value.path("Ref").isTextual()) {
            return java.util.Optional.of(new Member(alarm, value, max));
        }
        return java.util.Optional.empty();
    }

    private static String key(AlarmDefinition alarm) {
        ObjectNode p = alarm.properties();
        return String.join("|", p.path("Namespace").asText(), p.path("MetricName").asText(), p.path("Statistic").asText(),
                p.path("Dimensions").get(0).path("Name").asText(), p.path("Period").asText(), p.path("EvaluationPeriods").asText(),
                p.path("DatapointsToAlarm").asText(), p.path("Threshold").asText(), p.path("ComparisonOperator").asText(),
                p.path("TreatMissingData").asText(), alarm.severity().key(), alarm.ruleId());
    }

    /**
     * Members in queries that stay within the expression length for any deployed name, and name at most as many
     * resources as an alarm reports contributors in ALARM (fewer than the time series or metrics a query may hold), so
     * the alarm's state reason names every one in ALARM.
     */
    private static List<List<Member>> chunks(List<Member> members) {
        int most = Math.min(MetricsInsightsLimits.MAX_CONTRIBUTORS_IN_ALARM, Math.min(MetricsInsightsLimits.MAX_TIME_SERIES_PER_QUERY,
                MetricsInsightsLimits.MAX_METRICS_PER_QUERY));
        int fixed = query(members.get(0).alarm(), "").length();
        List<List<Member>> chunks = new ArrayList<>();
        List<Member> current = new ArrayList<>();
        int length = fixed;
        for (Member member : members) {
            int added = member.worstLength() + "'', ".length();
            if (!current.isEmpty() && (length + added > MetricsInsightsLimits.MAX_EXPRESSION_LENGTH
                    || current.size() == most)) {
                chunks.add(current);
                current = new ArrayList<>();
                length = fixed;
            }
            current.add(member);
            length += added;
        }
        chunks.add(current);
        return chunks;
    }

    /** The query with {@code values} (already quoted and joined) in its IN list. */
    private static String query(AlarmDefinition alarm, String values) {
        ObjectNode p = alarm.properties();
        String dimension = identifier(p.path("Dimensions").get(0).path("Name").asText());
        return "SELECT " + MetricsInsightsLimits.FUNCTIONS.get(p.path("Statistic").asText()) + "("
                + identifier(p.path("MetricName").asText()) + ") FROM SCHEMA(\"" + p.path("Namespace").asText() + "\", " + dimension
                + ") WHERE " + dimension + " IN (" + values + ") GROUP BY " + dimension;
    }

    private static String identifier(String name) {
        return name.matches(IDENTIFIER) ? name : "\"" + name + "\"";
    }

    private static AlarmDefinition insightsAlarm(AlarmContext context, List<Member> chunk, Map<String, Integer> counters) {
        AlarmDefinition first = chunk.get(0).alarm();
        ObjectNode p = first.properties();
        String namespace = p.path("Namespace").asText();
        String shortNamespace = namespace.substring(namespace.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9]", "");
        int n = counters.merge(shortNamespace + first.ruleId(), 1, Integer::sum);
        String part = first.ruleId() + "-Insights" + n;
        String name = context.names().alarmName(shortNamespace, part);
        ObjectNode properties = JSON.objectNode();
        properties.set("AlarmName", NameScope.value(name));
        String dimension = p.path("Dimensions").get(0).path("Name").asText();
        String who = String.join(", ", chunk.stream().map(m -> m.alarm().resourceKey()).toList());
        properties.put("AlarmDescription", AlarmDescriptions.of(first.severity(), first.ruleId() + " of " + chunk.size() + " "
                + namespace + " resources, one Metrics Insights contributor per " + dimension + ": " + who, context));
        AlarmActions.apply(properties, List.of());
        ObjectNode query = properties.putArray("Metrics").addObject().put("Id", "q1");
        query.set("Expression", expression(first, chunk));
        query.put("Label", first.ruleId()).put("Period", p.path("Period").asInt()).put("ReturnData", true);
        for (String copied : List.of("EvaluationPeriods", "DatapointsToAlarm", "Threshold", "ComparisonOperator", "TreatMissingData")) {
            properties.set(copied, p.get(copied).deepCopy());
        }
        String logicalId = context.ids().allocate("Alarm", shortNamespace, part);
        return new AlarmDefinition(logicalId, name, first.severity(), AlarmDefinition.METRIC_ALARM, context.service(), first.ruleId(),
                OptionalDouble.of(p.path("Threshold").asDouble()), properties, List.of());
    }

    /** The query as text, or an {@code Fn::Join} when names are {@code Ref}s. */
    private static JsonNode expression(AlarmDefinition first, List<Member> chunk) {
        String marker = "\u0000";
        List<String> quoted = chunk.stream().map(m -> m.value().isTextual() ? "'" + m.value().asText() + "'" : "'" + marker + "'")
                .toList();
        String text = query(first, String.join(", ", quoted));
        if (!text.contains(marker)) {
            return JSON.textNode(text);
        }
        ArrayNode parts = JSON.arrayNode();
        String[] pieces = text.split(marker, -1);
        List<Member> referenced = chunk.stream().filter(m -> !m.value().isTextual()).toList();
        for (int i = 0; i < pieces.length; i++) {
            parts.add(pieces[i]);
            if (i < referenced.size()) {
                parts.add(referenced.get(i).value().deepCopy());
            }
        }
        ObjectNode join = JSON.objectNode();
        join.putArray("Fn::Join").add("").add(parts);
        return join;
    }
}
