package dev.lambdaobs.dashboardgen.preview.render;

import dev.lambdaobs.dashboardgen.preview.data.Series;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A graph label's dynamic parts filled in for one local series: {@code ${PROP('MetricName')}},
 * {@code ${PROP('Namespace')}}, {@code ${PROP('Dim.<name>')}}, {@code ${PROP('Stat')}} and
 * {@code ${PROP('Period')}}. A generated dashboard body is an {@code Fn::Sub} string, so it writes them
 * {@code ${!PROP(...)}}; CloudFormation drops the {@code !} on deploy and so does this. Other dynamic
 * values (the visible range's {@code ${MAX}} and the like) stay as written.
 *
 * <pre>{@code
 * DynamicLabel.resolve("${!PROP('MetricName')}", ordersPlaced, "Sum", 300); // "OrdersPlaced"
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/graph-dynamic-labels.html">Dynamic labels</a>
 */
final class DynamicLabel {
    private static final Pattern PROP = Pattern.compile("\\$\\{!?PROP\\('([^']+)'\\)}");

    private DynamicLabel() {
    }

    /** Whether {@code label} names a property of the series it labels. */
    static boolean isDynamic(String label) {
        return PROP.matcher(label).find();
    }

    static String resolve(String label, Series series, String stat, int period) {
        Matcher prop = PROP.matcher(label);
        return prop.replaceAll(m -> Matcher.quoteReplacement(value(m.group(1), m.group(), series, stat, period)))
                .replace("${!", "${");
    }

    private static String value(String property, String written, Series series, String stat, int period) {
        return switch (property) {
            case "MetricName" -> series.name();
            case "Namespace" -> series.namespace();
            case "Stat" -> stat;
            case "Period" -> Integer.toString(period);
            default -> property.startsWith("Dim.") ? series.dimensions().getOrDefault(property.substring(4), "")
                    : written.replace("${!", "${");
        };
    }
}
