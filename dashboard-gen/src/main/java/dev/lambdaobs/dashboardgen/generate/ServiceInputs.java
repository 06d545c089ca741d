package dev.lambdaobs.dashboardgen.generate;

import dev.lambdaobs.dashboardgen.alarm.ServiceAlarms;
import dev.lambdaobs.dashboardgen.config.ConfigReader;
import dev.lambdaobs.dashboardgen.config.GeneratorConfig;
import dev.lambdaobs.dashboardgen.config.RuleCatalog;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import dev.lambdaobs.dashboardgen.template.CfnTemplate;
import dev.lambdaobs.dashboardgen.template.DuplicateKeys;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What a request's templates and config say, read and checked once: {@code --alarm-style auto} plans twice from it
 * (per resource, then Metrics Insights when that does not fit), and neither pass changes it or warns twice.
 *
 * @param service   the templates as one service
 * @param config    the config, or {@link GeneratorConfig#EMPTY}
 * @param name      the service name
 * @param discovery what is monitored, with which settings
 */
record ServiceInputs(ServiceTemplate service, GeneratorConfig config, String name, ResourceDiscovery discovery) {

    /** Reads the templates and config; fails on bad input as generate does. */
    static ServiceInputs read(GenerationRequest request, MonitorRegistry registry, Consumer<String> warnings) {
        DuplicateKeys duplicates = new DuplicateKeys(request.strict(), warnings);
        List<CfnTemplate> templates = request.templates().stream().map(file -> CfnTemplate.read(file, duplicates)).toList();
        if (!request.oneService()) {
            SeparateStacks.check(templates, registry.functionTypes());
        }
        ServiceTemplate service = ServiceTemplate.of(templates, registry.functionTypes());
        RuleCatalog rules = RuleCatalog.of(registry, Map.of(ServiceAlarms.PROFILE_ID, Set.of(ServiceAlarms.ERROR_RATE)));
        ImplicitTypes types = new ImplicitTypes(registry, service);
        GeneratorConfig config = request.config().map(file -> ConfigReader.read(file, rules, types::typeOf)).orElse(GeneratorConfig.EMPTY);
        String name = ServiceName.choose(request.service(), config, service, request.templates().get(0));
        BusinessMetrics.checkAsyncInvoked(config, service);
        return new ServiceInputs(service, config, name, new ResourceDiscovery(registry, service, config, request.mode(), rules));
    }
}
