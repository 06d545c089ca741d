package dev.lambdaobs.dashboardgen.generate;

import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.naming.Names;
import dev.lambdaobs.dashboardgen.registry.monitors.LambdaMonitor;
import dev.lambdaobs.dashboardgen.stacks.NestedStacks;
import dev.lambdaobs.dashboardgen.template.CfnValues;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Keeps a large service deployable: what stays per resource under Metrics Insights, and nesting what does not fit. */
final class ScaleOut {
    /** Where nested templates go, inside the service's output folder. */
    static final String STACKS_FOLDER = "stacks";

    private ScaleOut() {
    }

    /** True when the result fits one stack. */
    static boolean fits(GenerationResult result) {
        return !NestedStacks.needed(result.template());
    }

    /** The result with its monitoring in nested stacks when it does not fit one stack, else unchanged. */
    static GenerationResult nest(GenerationResult result, Set<String> functionTypes) {
        if (fits(result)) {
            return result;
        }
        String base = Names.fileName(result.service());
        NestedStacks.Layout layout = NestedStacks.split(result.template(), base + "/" + STACKS_FOLDER, base, functionTypes);
        ScaleReport scale = result.scale();
        return result.scaled(layout.parent(), new ScaleReport(scale.style(), scale.insightsAlarms(), scale.replacedAlarms(),
                layout.nested(), layout.json()));
    }

    /**
     * The rollback alarms of SAM functions with {@code AutoPublishAlias} and a {@code DeploymentPreference}: the
     * deployment guardrail names them one by one, so they stay per resource.
     */
    static Predicate<AlarmDefinition> rollbackAlarms(ServiceTemplate service) {
        Set<String> deployed = service.resources().stream().filter(r -> r.type().equals(ServiceTemplate.SAM_FUNCTION))
                .filter(r -> CfnValues.present(service.property(r, "AutoPublishAlias"))
                        && CfnValues.present(service.property(r, "DeploymentPreference")))
                .map(r -> r.logicalId()).collect(Collectors.toSet());
        return alarm -> deployed.contains(alarm.resourceKey()) && LambdaMonitor.DEPLOYMENT_ROLLBACK_RULES.contains(alarm.ruleId());
    }
}
