package dev.lambdaobs.dashboardgen.guardrails;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.config.Guardrails;
import dev.lambdaobs.dashboardgen.naming.LogicalIds;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import java.util.List;

/**
 * The guardrails the serverless guidance asks for besides alarms and dashboards: log retention,
 * rollback alarms for gradual deployments, and active tracing. Changes to the user's template are
 * made only in merge mode (the output template is the user's), each switched by the config's
 * {@code guardrails}, and every change is reported.
 *
 * <pre>{@code
 * GuardrailReport report = ServiceGuardrails.apply(outputTemplate, service, config.guardrails(), true, false, alarms, ids);
 * }</pre>
 */
public final class ServiceGuardrails {
    private ServiceGuardrails() {
    }

    /**
     * @param template   the output template, changed in place in merge mode
     * @param merge      whether the output template is the user's own (merge mode)
     * @param fixTracing turn on active tracing where it is off ({@code --fix-tracing})
     * @param alarms     the generated alarms (rollback alarms are taken from them)
     */
    public static GuardrailReport apply(ObjectNode template, ServiceTemplate service, Guardrails switches, boolean merge,
            boolean fixTracing, List<AlarmDefinition> alarms, LogicalIds ids) {
        GuardrailReport.Builder report = new GuardrailReport.Builder();
        if (!merge && (switches.logRetention() || switches.deploymentAlarms() || fixTracing)) {
            report.note("Standalone mode: log retention, deployment alarms and --fix-tracing change the service's own template, "
                    + "so they apply in merge mode only");
        }
        if (merge) {
            LogRetention.apply(template, service, switches.logRetention(), switches.logRetentionDays(), ids, report);
        }
        if (merge && switches.deploymentAlarms()) {
            DeploymentAlarms.apply(template, service, alarms, report);
        }
        if (switches.tracing() || (merge && fixTracing)) {
            TracingCheck.apply(template, service, merge && fixTracing, report);
        }
        return report.build();
    }
}
