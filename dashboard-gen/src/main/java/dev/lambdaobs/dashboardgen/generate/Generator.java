package dev.lambdaobs.dashboardgen.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.alarm.AlarmContext;
import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.alarm.InsightsAlarms;
import dev.lambdaobs.dashboardgen.config.GeneratorConfig;
import dev.lambdaobs.dashboardgen.dashboard.DashboardDefinition;
import dev.lambdaobs.dashboardgen.dashboard.DashboardInput;
import dev.lambdaobs.dashboardgen.dashboard.DashboardPlanner;
import dev.lambdaobs.dashboardgen.guardrails.GuardrailReport;
import dev.lambdaobs.dashboardgen.guardrails.ServiceGuardrails;
import dev.lambdaobs.dashboardgen.limits.CloudFormationLimits;
import dev.lambdaobs.dashboardgen.limits.MetricsInsightsLimits;
import dev.lambdaobs.dashboardgen.limits.SamExpansion;
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
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

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
    private final Consumer<String> warnings;

    /** A generator warning on standard error (a duplicate key CloudFormation tolerates). */
    public Generator(MonitorRegistry registry) {
        this(registry, System.err::println);
    }

    /** @param warnings where warnings go, one whole line each */
    public Generator(MonitorRegistry registry, Consumer<String> warnings) {
        this.registry = registry;
        this.warnings = warnings;
    }

    /**
     * Generates with the request's alarm style; {@link AlarmStyle#AUTO} keeps per-resource alarms when the output fits one
     * stack, else uses Metrics Insights alarms within the Region's quota. Output still beyond a stack's limits goes into
     * nested stacks.
     *
     * @throws dev.lambdaobs.dashboardgen.input.BadInputException on bad templates or config, or an alarm style that cannot fit
     */
    public GenerationResult generate(GenerationRequest request) {
        ServiceInputs inputs = ServiceInputs.read(request, registry, warnings);
        return switch (request.alarmStyle()) {
            case PER_RESOURCE -> ScaleOut.nest(generate(request, inputs, AlarmStyle.PER_RESOURCE, false, false).orElseThrow(), registry.functionTypes());
            case INSIGHTS -> ScaleOut.nest(generate(request, inputs, AlarmStyle.INSIGHTS, true, false).orElseThrow(), registry.functionTypes());
            case AUTO -> generate(request, inputs, AlarmStyle.PER_RESOURCE, false, true).filter(ScaleOut::fits)
                    .orElseGet(() -> ScaleOut.nest(generate(request, inputs, AlarmStyle.INSIGHTS, false, false).orElseThrow(), registry.functionTypes()));
        };
    }

    /**
     * @param onlyIfFits empty as soon as the service's resources and alarms alone exceed a stack's resources: the rest
     *                   only adds resources, and nothing after alarm planning fails, so AUTO loses nothing by stopping
     */
    private Optional<GenerationResult> generate(GenerationRequest request, ServiceInputs inputs, AlarmStyle style, boolean strict,
            boolean onlyIfFits) {
        ServiceTemplate service = inputs.service();
        GeneratorConfig config = inputs.config();
        String name = inputs.name();
        ResourceDiscovery discovery = inputs.discovery();
        List<String> skipped = new ArrayList<>(discovery.skipped);
        Set<String> taken = new HashSet<>();
        service.resources().forEach(resource -> taken.add(resource.logicalId()));
        // Parameters share the namespace Ref reads: a resource named like one is refused by CloudFormation.
        service.templates().forEach(template -> template.root().path("Parameters").fieldNames().forEachRemaining(taken::add));
        LogicalIds ids = new LogicalIds(taken);
        NameScope names = request.mode() == Mode.MERGE ? NameScope.perStack() : NameScope.perService(name);
        List<MonitoredResource> functions = discovery.monitored.stream().filter(r -> r.facts().get(Fact.LOG_GROUP).isPresent()).toList();
        List<JsonNode> namespaces = namespaces(config, functions, skipped);
        List<JsonNode> serviceNames = BusinessMetrics.serviceNames(functions);
        AlarmContext alarmContext = new AlarmContext(name, config, ids, names);
        List<SloDefinition> slos = SloPlanner.plan(alarmContext, discovery.monitored);
        List<AlarmDefinition> serviceWide = new ArrayList<>(BusinessMetrics.alarms(alarmContext, config, namespaces, serviceNames));
        serviceWide.addAll(BurnRate.alarms(alarmContext, slos));
        ObjectNode template = OutputTemplate.start(service, request.mode(), name);
        if (onlyIfFits && exceedsStack(template, slos, List.of())) {
            return Optional.empty(); // the service alone is beyond a stack: no need to plan its per-resource alarms
        }
        int[] insights = new int[2];
        List<AlarmDefinition> alarms = AlarmPlanning.plan(alarmContext, discovery, skipped, serviceWide, style == AlarmStyle.PER_RESOURCE
                ? UnaryOperator.identity() : perResource -> {
                    InsightsAlarms.Result combined = InsightsAlarms.combine(alarmContext, perResource, ScaleOut.rollbackAlarms(service),
                            MetricsInsightsLimits.MAX_INSIGHTS_ALARMS_PER_REGION, strict);
                    insights[0] = combined.insights();
                    insights[1] = combined.replaced();
                    return combined.alarms();
                });

        List<JsonNode> logGroups = QueryPlanning.logGroups(functions);
        List<SavedQuery> catalog = QueryCatalog.standard();
        List<QueryDefinition> queries = QueryPlanning.plan(name, catalog, functions, ids, skipped);
        DashboardInput input = new DashboardInput(name, config.runbook(), discovery.monitored, alarms,
                namespaces, logGroups, catalog, serviceNames);
        if (onlyIfFits && exceedsStack(template, slos, alarms)) {
            return Optional.empty();
        }
        List<DashboardDefinition> dashboards = DashboardPlanner.plan(input, ids, names);
        if (request.mode() == Mode.MERGE) {
            OutputTemplate.addRequestMetrics(template, discovery.monitored);
        }
        List<String> mappingChanges = request.mode() == Mode.MERGE ? EventSourceMetrics.apply(template, service, discovery.monitored)
                : List.of();
        slos.forEach(slo -> OutputTemplate.addResource(template, slo.logicalId(), slo.toResource()));
        alarms.forEach(alarm -> OutputTemplate.addResource(template, alarm.logicalId(), alarm.toResource()));
        dashboards.forEach(dashboard -> OutputTemplate.addResource(template, dashboard.logicalId(), dashboard.toResource()));
        queries.forEach(query -> OutputTemplate.addResource(template, query.logicalId(), query.toResource()));
        GuardrailReport guardrails = ServiceGuardrails.apply(template, service, config.guardrails(), request.mode() == Mode.MERGE,
                request.fixTracing(), alarms, ids);
        return Optional.of(new GenerationResult(name, template, discovery.monitored, alarms, dashboards, queries, discovery.foundByType,
                discovery.unmonitored, skipped, BusinessMetrics.withChanges(guardrails, mappingChanges),
                new ScaleReport(style, insights[0], insights[1], Map.of(), Map.of())));
    }

    /** A lower bound of the resources after SAM's transform: the template's, plus the SLOs and alarms it does not hold yet. */
    private static boolean exceedsStack(ObjectNode template, List<SloDefinition> slos, List<AlarmDefinition> alarms) {
        Set<String> added = new HashSet<>();
        slos.forEach(slo -> added.add(slo.logicalId()));
        alarms.forEach(alarm -> added.add(alarm.logicalId()));
        added.removeIf(template.path("Resources")::has);
        return SamExpansion.resources(template) + added.size() > CloudFormationLimits.MAX_RESOURCES_PER_STACK;
    }

    /**
     * The config's namespace, else every function's: its POWERTOOLS_METRICS_NAMESPACE, else where powertools-metrics
     * writes without one (the service name, else service_undefined). None when no function uses powertools.
     */
    private static List<JsonNode> namespaces(GeneratorConfig config, List<MonitoredResource> functions, List<String> skipped) {
        if (config.metricsNamespace().isPresent()) {
            return List.of(Intrinsics.text(config.metricsNamespace().get()));
        }
        Set<JsonNode> found = new LinkedHashSet<>();
        functions.forEach(f -> f.facts().get(Fact.METRICS_NAMESPACE).ifPresent(found::add));
        if (found.isEmpty() && !functions.isEmpty()) {
            skipped.add("service EMF metrics (ColdStart ...): no metricsNamespace in the config and no function sets a POWERTOOLS_* variable");
        }
        return new ArrayList<>(found);
    }
}
