package dev.lambdaobs.dashboardgen.generate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.config.EnvironmentVariables;
import dev.lambdaobs.dashboardgen.alarm.AlarmContext;
import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.alarm.BusinessAlarms;
import dev.lambdaobs.dashboardgen.config.BusinessMetric;
import dev.lambdaobs.dashboardgen.config.GeneratorConfig;
import dev.lambdaobs.dashboardgen.guardrails.GuardrailReport;
import dev.lambdaobs.dashboardgen.input.BadInputException;
import dev.lambdaobs.dashboardgen.registry.Fact;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The generator's steps for the signals config: its function names checked, the EMF service names, business metric alarms. */
final class BusinessMetrics {

    private BusinessMetrics() {
    }

    /** Every {@code asyncInvokedFunctions} entry must be a function of the templates. */
    static void checkAsyncInvoked(GeneratorConfig config, ServiceTemplate service) {
        for (String id : config.signals().asyncInvokedFunctions()) {
            if (!service.isFunction(id)) {
                throw new BadInputException("config asyncInvokedFunctions: '" + id + "' is not a function of the template; expected "
                        + "the logical id of an AWS::Serverless::Function or AWS::Lambda::Function");
            }
        }
    }

    /** The {@code Service} dimension values of the functions' EMF metrics: POWERTOOLS_SERVICE_NAME, else powertools' default. */
    static List<JsonNode> serviceNames(List<MonitoredResource> functions) {
        Set<JsonNode> names = new LinkedHashSet<>();
        functions.forEach(f -> names.add(f.facts().get(Fact.SERVICE_DIMENSION)
                .orElse(Intrinsics.text(EnvironmentVariables.UNDEFINED_SERVICE))));
        return new ArrayList<>(names);
    }

    static List<AlarmDefinition> alarms(AlarmContext context, GeneratorConfig config, List<JsonNode> namespaces,
            List<JsonNode> serviceNames) {
        List<BusinessMetric> metrics = config.signals().businessMetrics();
        for (BusinessMetric metric : metrics) {
            if (metric.service().isEmpty() && serviceNames.size() != 1 && !metric.rule().disabled()) {
                throw new BadInputException(metric.location(), "businessMetrics." + metric.name() + ": the functions emit EMF under "
                        + serviceNames.size() + " service names; set businessMetrics." + metric.name() + ".service");
            }
        }
        return BusinessAlarms.of(context, metrics, namespaces, serviceNames.isEmpty() ? null : serviceNames.get(0));
    }

    /** The guardrails' report with the event source mapping changes listed first among the changes. */
    static GuardrailReport withChanges(GuardrailReport report, List<String> changes) {
        if (changes.isEmpty()) {
            return report;
        }
        List<String> all = new ArrayList<>(changes);
        all.addAll(report.changes());
        return new GuardrailReport(all, report.notes());
    }
}
