package dev.lambdaobs.dashboardgen.alarm;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.limits.CloudWatchLimits;
import dev.lambdaobs.dashboardgen.naming.Names;
import dev.lambdaobs.dashboardgen.registry.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The service's aggregate alarm: in ALARM when any critical alarm is. When the children exceed 100
 * alarms or the rule 10,240 characters, they are grouped into part composites (without actions)
 * under one top composite (with the critical actions), as deep as needed.
 *
 * <pre>{@code
 * List<AlarmDefinition> composites = CompositeAlarmPlanner.plan(context, criticalAlarms);
 * }</pre>
 */
public final class CompositeAlarmPlanner {
    private static final String OR = " OR ";

    private CompositeAlarmPlanner() {
    }

    /** The composites, top one last; empty when there is no critical alarm. */
    public static List<AlarmDefinition> plan(AlarmContext context, List<AlarmDefinition> critical) {
        List<AlarmDefinition> made = new ArrayList<>();
        List<AlarmDefinition> level = critical;
        int depth = 0;
        while (level.size() > 1 || (depth == 0 && level.size() == 1)) {
            List<List<AlarmDefinition>> groups = group(level);
            if (groups.size() == 1) {
                made.add(composite(context, groups.get(0), "Critical", true));
                return made;
            }
            List<AlarmDefinition> next = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                AlarmDefinition part = composite(context, groups.get(i), "Critical-L" + depth + "-Part" + (i + 1), false);
                made.add(part);
                next.add(part);
            }
            level = next;
            depth++;
        }
        return made;
    }

    /** Greedy groups that respect both the child count and the rule length. */
    static List<List<AlarmDefinition>> group(List<AlarmDefinition> alarms) {
        List<List<AlarmDefinition>> groups = new ArrayList<>();
        List<AlarmDefinition> current = new ArrayList<>();
        int length = 0;
        for (AlarmDefinition alarm : alarms) {
            int added = term(alarm.name()).length() + (current.isEmpty() ? 0 : OR.length());
            if (!current.isEmpty() && (current.size() == CloudWatchLimits.MAX_COMPOSITE_CHILDREN
                    || length + added > CloudWatchLimits.MAX_COMPOSITE_RULE_LENGTH)) {
                groups.add(current);
                current = new ArrayList<>();
                added = term(alarm.name()).length();
                length = 0;
            }
            current.add(alarm);
            length += added;
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    static String term(String alarmName) {
        return "ALARM(\"" + alarmName + "\")";
    }

    private static AlarmDefinition composite(AlarmContext context, List<AlarmDefinition> children, String part, boolean top) {
        String name = Names.alarmName(context.service(), part);
        ObjectNode properties = JsonNodeFactory.instance.objectNode();
        properties.put("AlarmName", name);
        properties.put("AlarmRule", String.join(OR, children.stream().map(child -> term(child.name())).toList()));
        String text = top ? "Service " + context.service() + " has a critical problem: one of its critical alarms is in ALARM"
                : "Part of the aggregate alarm of " + context.service() + " (" + children.size() + " alarms)";
        properties.put("AlarmDescription", AlarmDescriptions.of(Severity.CRITICAL, text, context));
        AlarmActions.apply(properties, top ? context.config().actions(Severity.CRITICAL) : List.of());
        List<String> dependsOn = children.stream().map(AlarmDefinition::logicalId).sorted().toList();
        return new AlarmDefinition(context.ids().allocate("Alarm", context.service(), part), name, Severity.CRITICAL,
                AlarmDefinition.COMPOSITE_ALARM, context.service(), part, OptionalDouble.empty(), properties, dependsOn);
    }
}
