package dev.lambdaobs.dashboardgen.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.alarm.AlarmContext;
import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.alarm.ServiceAlarms;
import dev.lambdaobs.dashboardgen.config.ConfigReader;
import dev.lambdaobs.dashboardgen.config.GeneratorConfig;
import dev.lambdaobs.dashboardgen.config.RuleCatalog;
import dev.lambdaobs.dashboardgen.dashboard.DashboardDefinition;
import dev.lambdaobs.dashboardgen.dashboard.DashboardInput;
import dev.lambdaobs.dashboardgen.dashboard.DashboardPlanner;
import dev.lambdaobs.dashboardgen.guardrails.GuardrailReport;
import dev.lambdaobs.dashboardgen.guardrails.ServiceGuardrails;
import dev.lambdaobs.dashboardgen.naming.LogicalIds;
import dev.lambdaobs.dashboardgen.naming.NameScope;
import dev.lambdaobs.dashboardgen.query.QueryCatalog;
import dev.lambdaobs.dashboardgen.query.SavedQuery;
import dev.lambdaobs.dashboardgen.registry.Fact;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.slo.BurnRate;
import dev.lambdaobs.dashboardgen.slo.SloDefinition;
import dev.lambdaobs.dashboardgen.slo.SloPlanner;
import dev.lambdaobs.dashboardgen.template.CfnTemplate;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates a service's alarms, aggregate alarm, dashboards and saved queries from its templates.
 *
 * <pre>{@code
 * GenerationResult result = new Generator(MonitorRegistry.standard())
 *         .generate(new GenerationRequest(List.of(template), Optional.empty(), Optional.empty(), Mode.MERGE));
 * }</pre>
 */
public final class Generator {
    private final MonitorRegistry registry;

    public Generator(MonitorRegistry registry) {
        this.registry = registry;
    }

    /** @throws dev.lambdaobs.dashboardgen.input.BadInputException on bad templates or config */
    public GenerationResult generate(GenerationRequest request) {
        List<CfnTemplate> templates = request.templates().stream().map(CfnTemplate::read).toList();
        RuleCatalog rules = RuleCatalog.of(registry.profiles(), Map.of(ServiceAlarms.PROFILE_ID, Set.of(ServiceAlarms.ERROR_RATE)));
        GeneratorConfig config = request.config().map(file -> ConfigReader.read(file, rules)).orElse(GeneratorConfig.EMPTY);
        ServiceTemplate service = ServiceTemplate.of(templates);
        String name = ServiceName.choose(request.service(), config, service, request.templates().get(0));
        ResourceDiscovery discovery = new ResourceDiscovery(registry, service, config, request.mode());
        List<String> skipped = new ArrayList<>(discovery.skipped);

        Set<String> taken = new HashSet<>();
        service.resources().forEach(resource -> taken.add(resource.logicalId()));
        LogicalIds ids = new LogicalIds(taken);
        NameScope names = request.mode() == Mode.MERGE ? NameScope.perStack() : NameScope.perService(name);
        AlarmContext alarmContext = new AlarmContext(name, config, ids, names);
        List<SloDefinition> slos = SloPlanner.plan(alarmContext, discovery.monitored);
        List<AlarmDefinition> alarms = AlarmPlanning.plan(alarmContext, discovery, skipped, BurnRate.alarms(alarmContext, slos));

        List<MonitoredResource> functions = discovery.monitored.stream().filter(r -> r.facts().get(Fact.LOG_GROUP).isPresent()).toList();
        List<JsonNode> logGroups = QueryPlanning.logGroups(functions);
        List<SavedQuery> catalog = QueryCatalog.standard();
        List<QueryDefinition> queries = QueryPlanning.plan(name, catalog, functions, ids, skipped);
        DashboardInput input = new DashboardInput(name, config.runbook(), discovery.monitored, alarms,
                namespaces(config, functions, skipped), logGroups, catalog);
        List<DashboardDefinition> dashboards = DashboardPlanner.plan(input, ids, names);

        ObjectNode template = OutputTemplate.start(service, request.mode(), name);
        if (request.mode() == Mode.MERGE) {
            OutputTemplate.addRequestMetrics(template, discovery.monitored);
        }
        slos.forEach(slo -> OutputTemplate.addResource(template, slo.logicalId(), slo.toResource()));
        alarms.forEach(alarm -> OutputTemplate.addResource(template, alarm.logicalId(), alarm.toResource()));
        dashboards.forEach(dashboard -> OutputTemplate.addResource(template, dashboard.logicalId(), dashboard.toResource()));
        queries.forEach(query -> OutputTemplate.addResource(template, query.logicalId(), query.toResource()));
        GuardrailReport guardrails = ServiceGuardrails.apply(template, service, config.guardrails(), request.mode() == Mode.MERGE,
                request.fixTracing(), alarms, ids);
        return new GenerationResult(name, template, discovery.monitored, alarms, dashboards, queries, discovery.foundByType,
                discovery.unmonitored, skipped, guardrails);
    }

    /** The config's namespace, else every function's POWERTOOLS_METRICS_NAMESPACE. */
    private static List<JsonNode> namespaces(GeneratorConfig config, List<MonitoredResource> functions, List<String> skipped) {
        if (config.metricsNamespace().isPresent()) {
            return List.of(Intrinsics.text(config.metricsNamespace().get()));
        }
        Set<JsonNode> found = new LinkedHashSet<>();
        functions.forEach(f -> f.facts().get(Fact.METRICS_NAMESPACE).ifPresent(found::add));
        if (found.isEmpty() && !functions.isEmpty()) {
            skipped.add("service EMF metrics (ColdStart ...): no metricsNamespace in the config and no function sets "
                    + dev.lambdaobs.core.config.EnvironmentVariables.METRICS_NAMESPACE);
        }
        return new ArrayList<>(found);
    }
}
