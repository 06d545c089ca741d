package dev.lambdaobs.dashboardgen.registry.monitors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.config.EnvironmentVariables;
import dev.lambdaobs.core.schema.MetricNamespaces;
import dev.lambdaobs.dashboardgen.template.CfnValues;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import dev.lambdaobs.dashboardgen.template.TemplateResource;

/**
 * The EMF namespace a function's metrics go to, as powertools-metrics resolves it from the function's
 * environment (Globals included): {@code POWERTOOLS_METRICS_NAMESPACE}, else the service name when it
 * is a valid namespace, else {@value MetricNamespaces#FALLBACK} (see {@link MetricNamespaces}). A function with
 * no {@code POWERTOOLS_*} variable at all shows no sign of using powertools-metrics and has no namespace, so
 * services that do not use the library get no empty EMF graphs.
 */
final class MetricsNamespace {

    private MetricsNamespace() {
    }

    /** Marks the variables powertools reads; a function that sets one is taken to use the library. */
    private static final String POWERTOOLS_VARIABLE_PREFIX = "POWERTOOLS_";

    /**
     * A CloudFormation value, or null when the function does not appear to use powertools-metrics. A name given
     * as {@code !Ref} or {@code !Sub} is taken as it is, since only a deploy resolves it.
     */
    static JsonNode of(ServiceTemplate service, TemplateResource function) {
        JsonNode set = service.environmentVariable(function, EnvironmentVariables.METRICS_NAMESPACE);
        if (CfnValues.present(set) && !CfnValues.literal(set).map(String::isBlank).orElse(false)) {
            return set;
        }
        JsonNode serviceName = service.environmentVariable(function, EnvironmentVariables.SERVICE_NAME);
        if (!CfnValues.present(serviceName)) {
            return usesPowertools(service, function) ? Intrinsics.text(MetricNamespaces.FALLBACK) : null;
        }
        return CfnValues.literal(serviceName).map(name -> Intrinsics.text(MetricNamespaces.withoutOneSet(name))).orElse(serviceName);
    }

    private static boolean usesPowertools(ServiceTemplate service, TemplateResource function) {
        JsonNode variables = service.property(function, "Environment").path("Variables");
        for (var names = variables.fieldNames(); names.hasNext(); ) {
            if (names.next().startsWith(POWERTOOLS_VARIABLE_PREFIX)) {
                return true;
            }
        }
        return false;
    }
}
