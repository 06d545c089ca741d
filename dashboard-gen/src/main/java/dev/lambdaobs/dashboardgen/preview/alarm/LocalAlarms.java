package dev.lambdaobs.dashboardgen.preview.alarm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.preview.data.LocalMetrics;
import dev.lambdaobs.dashboardgen.template.SubText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every alarm of a generated {@code alarms.json} evaluated on local data: metric alarms first, then
 * composite alarms on their children's states (composites of composites too). A composite is ALARM
 * when its rule holds and OK otherwise.
 *
 * <pre>{@code
 * LocalAlarms alarms = LocalAlarms.evaluate(alarmsJson, metrics);
 * alarms.verdict("orders-Critical").state(); // ALARM
 * }</pre>
 */
public final class LocalAlarms {
    private final Map<String, AlarmVerdict> verdicts = new LinkedHashMap<>();

    private LocalAlarms() {
    }

    public static LocalAlarms none() {
        return new LocalAlarms();
    }

    /** Evaluates {@code alarms} (the array of alarms.json) on {@code metrics}. */
    public static LocalAlarms evaluate(JsonNode alarms, LocalMetrics metrics) {
        LocalAlarms result = new LocalAlarms();
        MetricAlarmEvaluator evaluator = new MetricAlarmEvaluator(metrics);
        Map<String, JsonNode> composites = new LinkedHashMap<>();
        for (JsonNode alarm : alarms) {
            String name = name(alarm);
            if (alarm.path("type").asText().equals("AWS::CloudWatch::CompositeAlarm")) {
                composites.put(name, alarm);
            } else {
                result.verdicts.put(name, evaluator.evaluate(name, alarm.path("severity").asText(""), alarm.path("properties")));
            }
        }
        composites.keySet().forEach(name -> result.composite(name, composites, new HashSet<>()));
        return result;
    }

    /** Verdicts in alarms.json order, metric alarms before composites. */
    public List<AlarmVerdict> all() {
        return new ArrayList<>(verdicts.values());
    }

    /** The verdict of the alarm named {@code name}, or {@code null}. */
    public AlarmVerdict verdict(String name) {
        return verdicts.get(name);
    }

    private AlarmVerdict composite(String name, Map<String, JsonNode> composites, Set<String> visiting) {
        AlarmVerdict done = verdicts.get(name);
        if (done != null) {
            return done;
        }
        JsonNode alarm = composites.get(name);
        String severity = alarm.path("severity").asText("");
        String ruleText = SubText.asSub(alarm.path("properties").path("AlarmRule")).orElse("");
        AlarmVerdict verdict;
        if (!visiting.add(name)) {
            verdict = new AlarmVerdict(name, severity, true, null, ruleText, "not evaluated locally: its rule refers to itself",
                    List.of(), false);
        } else {
            verdict = rule(name, severity, ruleText, composites, visiting);
        }
        verdicts.put(name, verdict);
        return verdict;
    }

    private AlarmVerdict rule(String name, String severity, String ruleText, Map<String, JsonNode> composites, Set<String> visiting) {
        CompositeRule rule;
        try {
            rule = CompositeRule.parse(ruleText);
        } catch (IllegalArgumentException e) {
            return new AlarmVerdict(name, severity, true, null, ruleText, "not evaluated locally: " + e.getMessage(), List.of(), false);
        }
        Map<String, AlarmState> states = new LinkedHashMap<>();
        for (String child : rule.children()) {
            AlarmVerdict verdict = composites.containsKey(child) ? composite(child, composites, visiting) : verdicts.get(child);
            states.put(child, verdict == null || verdict.state() == null ? AlarmState.INSUFFICIENT_DATA : verdict.state());
        }
        boolean holds = rule.evaluate(states::get);
        List<String> firing = states.entrySet().stream().filter(e -> e.getValue() == AlarmState.ALARM).map(Map.Entry::getKey).toList();
        String reason = (holds ? "rule holds" : "rule does not hold") + (firing.isEmpty() ? "; no child in ALARM"
                : "; in ALARM: " + String.join(", ", firing));
        return new AlarmVerdict(name, severity, true, holds ? AlarmState.ALARM : AlarmState.OK, ruleText, reason, List.of(),
                states.values().stream().anyMatch(s -> s != AlarmState.INSUFFICIENT_DATA));
    }

    private static String name(JsonNode alarm) {
        String name = alarm.path("name").asText("");
        return name.isEmpty() ? SubText.asSub(alarm.path("properties").path("AlarmName")).orElse("") : name;
    }
}
