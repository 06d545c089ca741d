package dev.lambdaobs.dashboardgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lambdaobs.dashboardgen.alarm.AlarmContext;
import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.alarm.CompositeAlarmPlanner;
import dev.lambdaobs.dashboardgen.config.ConfigReader;
import dev.lambdaobs.dashboardgen.config.GeneratorConfig;
import dev.lambdaobs.dashboardgen.config.RuleCatalog;
import dev.lambdaobs.dashboardgen.naming.LogicalIds;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import dev.lambdaobs.dashboardgen.registry.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompositeAlarmPlannerTest {
    @Test
    void oneCompositeWhenWithinLimits() {
        List<AlarmDefinition> children = alarms(3, "short");
        List<AlarmDefinition> composites = plan(children);
        assertThat(composites).hasSize(1);
        assertThat(composites.get(0).properties().get("AlarmRule").asText())
                .isEqualTo("ALARM(\"short-0\") OR ALARM(\"short-1\") OR ALARM(\"short-2\")");
        OutputChecks.checkRule(composites.get(0), concat(children, composites));
    }

    @Test
    void nestsWhenMoreThanOneHundredChildren() {
        List<AlarmDefinition> children = alarms(250, "a");
        List<AlarmDefinition> composites = plan(children);
        assertThat(composites).hasSize(4); // three parts of <= 100, one top
        List<AlarmDefinition> all = concat(children, composites);
        composites.forEach(c -> OutputChecks.checkRule(c, all));
        assertThat(composites.get(3).ruleId()).isEqualTo("Critical");
        assertThat(composites.get(3).properties().has("AlarmActions")).isFalse(); // no actions configured here
    }

    @Test
    void nestsWhenTheRuleWouldExceedTheLengthLimit() {
        List<AlarmDefinition> children = alarms(60, "x".repeat(240));
        List<AlarmDefinition> composites = plan(children);
        assertThat(composites.size()).isGreaterThan(1);
        List<AlarmDefinition> all = concat(children, composites);
        composites.forEach(c -> OutputChecks.checkRule(c, all));
    }

    @Test
    void warningAlarmsGetTheirOwnAggregateWithTheWarningActionsAndTheSameNesting() throws Exception {
        Path config = Files.createTempFile("config", ".yaml");
        Files.writeString(config, "alarmActions:\n  warning: arn:aws:sns:eu-west-1:123456789012:chat\n");
        AlarmContext context = new AlarmContext("svc", ConfigReader.read(config, RuleCatalog.of(MonitorRegistry.standard().profiles(), Map.of())),
                new LogicalIds(Set.of()));
        List<AlarmDefinition> children = alarms(150, "w", Severity.WARNING);
        List<AlarmDefinition> composites = CompositeAlarmPlanner.plan(context, Severity.WARNING, children);
        assertThat(composites).hasSize(3);
        AlarmDefinition top = composites.get(2);
        assertThat(top.ruleId()).isEqualTo("Warning");
        assertThat(top.name()).isEqualTo("svc-Warning");
        assertThat(top.severity()).isEqualTo(Severity.WARNING);
        assertThat(top.properties().get("AlarmActions").get(0).asText()).endsWith(":chat");
        assertThat(top.properties().get("AlarmDescription").asText()).startsWith("[WARNING]");
        assertThat(composites.get(0).properties().has("AlarmActions")).isFalse();
        List<AlarmDefinition> all = concat(children, composites);
        composites.forEach(c -> OutputChecks.checkRule(c, all));
    }

    private static List<AlarmDefinition> plan(List<AlarmDefinition> children) {
        return CompositeAlarmPlanner.plan(new AlarmContext("svc", GeneratorConfig.EMPTY, new LogicalIds(Set.of())), Severity.CRITICAL,
                children);
    }

    private static List<AlarmDefinition> alarms(int count, String prefix) {
        return alarms(count, prefix, Severity.CRITICAL);
    }

    private static List<AlarmDefinition> alarms(int count, String prefix, Severity severity) {
        List<AlarmDefinition> alarms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            alarms.add(new AlarmDefinition("Alarm" + i, prefix + "-" + i, severity, AlarmDefinition.METRIC_ALARM, "r" + i,
                    "Errors", OptionalDouble.of(0), JsonNodeFactory.instance.objectNode(), List.of()));
        }
        return alarms;
    }

    private static List<AlarmDefinition> concat(List<AlarmDefinition> a, List<AlarmDefinition> b) {
        List<AlarmDefinition> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
