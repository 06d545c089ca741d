package dev.lambdaobs.dashboardgen.alarm;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.limits.CloudWatchLimits;
import dev.lambdaobs.dashboardgen.naming.NameScope;
import dev.lambdaobs.dashboardgen.registry.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The service's aggregate alarms, one per severity: {@code <service>-Critical} in ALARM when any
 * critical alarm is, {@code <service>-Warning} when any warning alarm is. Only the top composite
 * carries the severity's actions (and the optional actions suppressor), so one incident pages once.
 * When the children exceed 100 alarms or the rule 10,240 characters (counted with the longest stack
 * name), they are grouped into part composites (without actions) under the top one, as deep as needed.
 *
 * <pre>{@code
 * List<AlarmDefinition> composites = CompositeAlarmPlanner.plan(context, Severity.CRITICAL, criticalAlarms);
 * }</pre>
 */
public final class CompositeAlarmPlanner {
    private CompositeAlarmPlanner() {
    }

    /** The composites over {@code children} (alarms of {@code severity}), top one last; empty when there are none. */
    public static List<AlarmDefinition> plan(AlarmContext context, Severity severity, List<AlarmDefinition> children) {
        String top = topRuleId(severity);
        List<AlarmDefinition> made = new ArrayList<>();
        List<AlarmDefinition> level = children;
        int depth = 0;
        while (level.size() > 1 || (depth == 0 && level.size() == 1)) {
            List<List<AlarmDefinition>> groups = group(level);
            if (groups.size() == 1) {
                made.add(composite(context, severity, groups.get(0), top, true));
                return made;
            }
            List<AlarmDefinition> next = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                AlarmDefinition part = composite(context, severity, groups.get(i), top + "-L" + depth + "-Part" + (i + 1), false);
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
        int length = AlarmRuleExpression.reserved();
        for (AlarmDefinition alarm : alarms) {
            int added = AlarmRuleExpression.worstCaseLength(alarm);
            if (!current.isEmpty() && (current.size() == CloudWatchLimits.MAX_COMPOSITE_CHILDREN
                    || length + added > CloudWatchLimits.MAX_COMPOSITE_RULE_LENGTH)) {
                groups.add(current);
                current = new ArrayList<>();
                length = AlarmRuleExpression.reserved();
            }
            current.add(alarm);
            length += added;
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    /** The rule id (and alarm name suffix) of a severity's top composite: {@code Critical}, {@code Warning}. */
    public static String topRuleId(Severity severity) {
        return severity.key().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + severity.key().substring(1);
    }

    private static AlarmDefinition composite(AlarmContext context, Severity severity, List<AlarmDefinition> children, String part,
            boolean top) {
        String name = context.names().alarmName(part);
        ObjectNode properties = JsonNodeFactory.instance.objectNode();
        properties.set("AlarmName", NameScope.value(name));
        properties.set("AlarmRule", AlarmRuleExpression.of(children));
        String text = top ? "Service " + context.service() + " has a " + severity.key() + " problem: one of its "
                + severity.key() + " alarms is in ALARM"
                : "Part of the " + severity.key() + " aggregate alarm of " + context.service() + " (" + children.size() + " alarms)";
        properties.put("AlarmDescription", AlarmDescriptions.of(severity, text, context));
        AlarmActions.apply(properties, top ? context.config().actions(severity) : List.of());
        if (top) {
            context.config().actionsSuppressor().ifPresent(suppressor -> AlarmActions.suppress(properties, suppressor));
        }
        List<String> dependsOn = children.stream().filter(child -> child.condition().isEmpty())
                .map(AlarmDefinition::logicalId).sorted().toList();
        return new AlarmDefinition(context.ids().allocate("Alarm", context.service(), part), name, severity,
                AlarmDefinition.COMPOSITE_ALARM, context.service(), part, OptionalDouble.empty(), properties, dependsOn);
    }
}
