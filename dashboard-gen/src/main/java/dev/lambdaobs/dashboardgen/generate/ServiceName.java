package dev.lambdaobs.dashboardgen.generate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.config.EnvironmentVariables;
import dev.lambdaobs.dashboardgen.config.GeneratorConfig;
import dev.lambdaobs.dashboardgen.template.CfnValues;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The service name: {@code --service}, else the config's {@code service}, else the one literal
 * {@code POWERTOOLS_SERVICE_NAME} all functions share, else the first template's file name.
 */
final class ServiceName {
    private ServiceName() {
    }

    static String choose(Optional<String> cli, GeneratorConfig config, ServiceTemplate service, Path firstTemplate) {
        return cli.or(config::service).or(() -> fromFunctions(service)).orElseGet(() -> fromFile(firstTemplate))
                .replaceAll("[^A-Za-z0-9_\\-]", "-");
    }

    private static Optional<String> fromFunctions(ServiceTemplate service) {
        TreeSet<String> names = new TreeSet<>();
        for (TemplateResource resource : service.resources()) {
            if (service.isFunction(resource.logicalId())) {
                JsonNode value = service.environmentVariable(resource, EnvironmentVariables.SERVICE_NAME);
                CfnValues.literal(value).ifPresent(names::add);
            }
        }
        return names.size() == 1 ? Optional.of(names.first()) : Optional.empty();
    }

    private static String fromFile(Path template) {
        String name = template.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
