package dev.lambdaobs.dashboardgen.guardrails;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.registry.monitors.LambdaMonitor;
import dev.lambdaobs.dashboardgen.template.CfnValues;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * For SAM functions with {@code AutoPublishAlias} and a {@code DeploymentPreference}, the function's
 * rollback alarms (errors, throttles, duration against the timeout) go into
 * {@code DeploymentPreference.Alarms}, so CodeDeploy stops and rolls back a bad canary or linear
 * rollout by itself. The user's own alarms stay. A preference that only {@code Globals} sets gets
 * the alarms in the function's own {@code DeploymentPreference}: SAM merges Globals maps and
 * appends Globals lists.
 *
 * @see <a href="https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/automating-updates-to-serverless-apps.html">SAM gradual deployments</a>
 * @see <a href="https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-template-anatomy-globals.html">SAM Globals: overriding</a>
 */
final class DeploymentAlarms {
    private DeploymentAlarms() {
    }

    static void apply(ObjectNode template, ServiceTemplate service, List<AlarmDefinition> alarms, GuardrailReport.Builder report) {
        List<String> unwired = new ArrayList<>();
        for (TemplateResource function : OutputResources.functions(service)) {
            if (!function.type().equals(ServiceTemplate.SAM_FUNCTION)) {
                unwired.add(function.logicalId() + " (plain AWS::Lambda::Function)");
            } else if (!CfnValues.present(service.property(function, "AutoPublishAlias"))) {
                unwired.add(function.logicalId() + " (no AutoPublishAlias)");
            } else if (!CfnValues.present(service.property(function, "DeploymentPreference"))) {
                unwired.add(function.logicalId() + " (no DeploymentPreference)");
            } else {
                wire(template, function, rollbackAlarms(function, alarms), report);
            }
        }
        if (!unwired.isEmpty()) {
            report.note("Deployment safety: no alarms wired for " + GuardrailReport.listed(unwired)
                    + "; deploys are all at once, without automatic rollback (add AutoPublishAlias and a DeploymentPreference)");
        }
    }

    private static List<AlarmDefinition> rollbackAlarms(TemplateResource function, List<AlarmDefinition> alarms) {
        return alarms.stream().filter(a -> a.type().equals(AlarmDefinition.METRIC_ALARM) && a.resourceKey().equals(function.logicalId())
                && LambdaMonitor.DEPLOYMENT_ROLLBACK_RULES.contains(a.ruleId())).toList();
    }

    private static void wire(ObjectNode template, TemplateResource function, List<AlarmDefinition> rollback,
            GuardrailReport.Builder report) {
        if (rollback.isEmpty()) {
            report.note(function.describe() + ": its rollback alarms are disabled; DeploymentPreference.Alarms left as it is");
            return;
        }
        ObjectNode properties = OutputResources.properties(template, function.logicalId());
        JsonNode preference = properties.has("DeploymentPreference") ? properties.get("DeploymentPreference")
                : properties.putObject("DeploymentPreference");
        if (!(preference instanceof ObjectNode own) || (own.has("Alarms") && !own.get("Alarms").isArray())) {
            report.note(function.describe() + ": DeploymentPreference or its Alarms is not written out (an intrinsic function); "
                    + "rollback alarms not wired");
            return;
        }
        ArrayNode listed = own.has("Alarms") ? (ArrayNode) own.get("Alarms") : own.putArray("Alarms");
        Set<JsonNode> present = new HashSet<>();
        listed.forEach(present::add);
        List<String> added = new ArrayList<>();
        for (AlarmDefinition alarm : rollback) {
            JsonNode ref = Intrinsics.ref(alarm.logicalId());
            if (present.add(ref)) {
                listed.add(ref);
                added.add(alarm.logicalId());
            }
        }
        if (!added.isEmpty()) {
            report.change(function.describe() + ": DeploymentPreference.Alarms += " + String.join(", ", added)
                    + " (CodeDeploy rolls the deployment back when one alarms; " + (listed.size() - added.size())
                    + " alarm(s) already listed kept)");
        }
    }
}
