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
 * is a valid namespace, else {@value MetricNamespaces#FALLBACK} (see {@link MetricNamespaces}).
 */
final class MetricsNamespace {

    private MetricsNamespace() {
    }

    /** A CloudFormation value: a name given as {@code !Ref} or {@code !Sub} is taken as it is, since only a deploy resolves it. */
    static JsonNode of(ServiceTemplate service, TemplateResource function) {
        JsonNode set = service.environmentVariable(function, EnvironmentVariables.METRICS_NAMESPACE);
        if (CfnValues.present(set) && !CfnValues.literal(set).map(String::isBlank).orElse(false)) {
            return set;
        }
        JsonNode serviceName = service.environmentVariable(function, EnvironmentVariables.SERVICE_NAME);
        if (!CfnValues.present(serviceName)) {
            return Intrinsics.text(MetricNamespaces.FALLBACK);
        }
        return CfnValues.literal(serviceName).map(name -> Intrinsics.text(MetricNamespaces.withoutOneSet(name))).orElse(serviceName);
    }
}
