package dev.lambdaobs.dashboardgen.slo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.alarm.AlarmContext;
import dev.lambdaobs.dashboardgen.alarm.MetricQueries;
import dev.lambdaobs.dashboardgen.config.SloConfig;
import dev.lambdaobs.dashboardgen.registry.MetricTerm;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.registry.SloSignals;
import java.util.ArrayList;
import java.util.List;

/**
 * Service level objectives from plain CloudWatch metrics, for every resource whose type names its {@link SloSignals}
 * (APIs and functions) when the config has {@code slos}: availability (request-based: failed requests of all requests)
 * and p99 latency (period-based: minutes under the threshold), over a rolling 30 days, with the burn-rate windows
 * {@link BurnRate} alarms on.
 *
 * <pre>{@code
 * List<SloDefinition> slos = SloPlanner.plan(context, monitored);
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-ServiceLevelObjectives.html">Service level objectives</a>
 */
public final class SloPlanner {
    /** The rolling interval the attainment goal is measured over, in days; the burn-rate thresholds assume it. */
    static final int INTERVAL_DAYS = 30;
    /** The period of the metrics an SLI reads, in seconds: one good or bad minute for a period-based SLO. */
    static final int PERIOD_SECONDS = 60;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SloPlanner() {
    }

    public static List<SloDefinition> plan(AlarmContext context, List<MonitoredResource> resources) {
        List<SloDefinition> slos = new ArrayList<>();
        SloConfig config = context.config().slos().orElse(null);
        if (config == null) {
            return slos;
        }
        for (MonitoredResource resource : resources) {
            resource.profile().slo().ifPresent(signals -> {
                if (config.withAvailability()) {
                    slos.add(slo(context, resource, SloKind.AVAILABILITY, config, availability(resource, signals)));
                }
                config.latencyP99Ms().ifPresent(threshold ->
                        slos.add(slo(context, resource, SloKind.LATENCY, config, latency(resource, signals, threshold))));
            });
        }
        return slos;
    }

    private static SloDefinition slo(AlarmContext context, MonitoredResource resource, SloKind kind, SloConfig config,
            ObjectNode sli) {
        ObjectNode properties = JSON.objectNode();
        properties.set("Name", context.names().sloName(resource.key(), kind.title()));
        String what = kind == SloKind.AVAILABILITY ? "of requests succeed"
                : "of minutes have a p99 latency under " + config.latencyP99Ms().getAsDouble() + " ms";
        properties.put("Description", kind.title() + " of " + resource.key() + " (" + resource.resourceType() + "): "
                + config.availability() + "% " + what + " over " + INTERVAL_DAYS + " days");
        properties.setAll(sli);
        ObjectNode goal = properties.putObject("Goal").put("AttainmentGoal", config.availability());
        goal.putObject("Interval").putObject("RollingInterval").put("Duration", INTERVAL_DAYS).put("DurationUnit", "DAY");
        ArrayNode windows = properties.putArray("BurnRateConfigurations");
        BurnRate.WINDOWS_MINUTES.forEach(minutes -> windows.addObject().put("LookBackWindowMinutes", minutes));
        String logicalId = context.ids().allocate("Slo", resource.key(), kind.title());
        return new SloDefinition(logicalId, properties.get("Name"), resource.key(), kind, properties, resource.condition());
    }

    /** Request-based: the requests, and the failed ones among them. */
    private static ObjectNode availability(MonitoredResource resource, SloSignals signals) {
        ObjectNode sli = JSON.objectNode();
        ObjectNode metric = sli.putObject("RequestBasedSli").putObject("RequestBasedSliMetric");
        metric.putArray("TotalRequestCountMetric").add(query(resource, signals.requests(), "Sum", "requests"));
        metric.putObject("MonitoredRequestCountMetric").putArray("BadCountMetric")
                .add(query(resource, signals.failures(), "Sum", "failures"));
        return sli;
    }

    /** Period-based: a minute is good when its p99 latency is under the threshold. */
    private static ObjectNode latency(MonitoredResource resource, SloSignals signals, double thresholdMs) {
        ObjectNode sli = JSON.objectNode();
        ObjectNode config = sli.putObject("Sli");
        config.putObject("SliMetric").putArray("MetricDataQueries").add(query(resource, signals.latency(), "p99", "latency"));
        config.put("MetricThreshold", thresholdMs).put("ComparisonOperator", "LessThan");
        return sli;
    }

    private static ObjectNode query(MonitoredResource resource, String metricName, String statistic, String id) {
        return MetricQueries.metricStat(resource.profile().namespace(), resource.dimensions(), MetricTerm.of(metricName, statistic),
                id, PERIOD_SECONDS).put("ReturnData", true);
    }
}
