package dev.lambdaobs.dashboardgen.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.core.schema.MetricNames;
import dev.lambdaobs.dashboardgen.alarm.AlarmDefinition;
import dev.lambdaobs.dashboardgen.alarm.BusinessAlarms;
import java.util.ArrayList;
import java.util.List;

/**
 * Every metric the service emits through EMF, found by a {@code SEARCH} over its namespace and {@code Service}
 * dimension, so a metric added in code appears without generating again; and the business metrics with alarms.
 * A search returns at most 500 time series.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/search-expression-syntax.html">CloudWatch search expression syntax</a>
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/graph-dynamic-labels.html">Dynamic labels: ${PROP('MetricName')}</a>
 */
final class BusinessSection {
    /** Counts are summed, values (latency, amounts) averaged: one graph each. */
    private static final List<String> STATISTICS = List.of("Sum", "Average");
    private static final String METRIC_NAME_LABEL = "${PROP('MetricName')}";

    private BusinessSection() {
    }

    static List<Widget> widgets(Widgets widgets, SubBody sub, DashboardInput input) {
        List<Widget> section = new ArrayList<>();
        if (input.namespaces().isEmpty() || input.serviceNames().isEmpty()) {
            return section;
        }
        section.add(widgets.text("## Business metrics: everything the service emits through EMF (new metrics appear by themselves)", 1));
        for (JsonNode namespace : input.namespaces()) {
            String ns = sub.embed(namespace);
            for (JsonNode service : input.serviceNames()) {
                String svc = sub.embed(service);
                for (String statistic : STATISTICS) {
                    String search = "SEARCH('Namespace=\"" + ns + "\" " + MetricNames.DIMENSION_SERVICE + "=\"" + svc + "\"', '"
                            + statistic + "', 300)";
                    section.add(widgets.search("All EMF metrics, " + statistic + " (" + ns + ", " + svc + ")", search,
                            SubBody.literal(METRIC_NAME_LABEL), Widgets.HALF));
                }
            }
        }
        List<String> alarmed = input.alarms().stream().filter(a -> a.resourceKey().equals(BusinessAlarms.KEY))
                .map(AlarmDefinition::name).toList();
        if (!alarmed.isEmpty()) {
            section.add(widgets.alarms("Business metric alarms", alarmed));
        }
        return section;
    }
}
