package dev.lambdaobs.dashboardgen.registry.monitors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.registry.AlarmMetric;
import dev.lambdaobs.dashboardgen.registry.AlarmRule;
import dev.lambdaobs.dashboardgen.registry.Comparison;
import dev.lambdaobs.dashboardgen.registry.Discovery;
import dev.lambdaobs.dashboardgen.registry.DiscoveryContext;
import dev.lambdaobs.dashboardgen.registry.Facts;
import dev.lambdaobs.dashboardgen.registry.GraphSpec;
import dev.lambdaobs.dashboardgen.registry.MetricTerm;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.registry.ResourceProfile;
import dev.lambdaobs.dashboardgen.registry.ResourceType;
import dev.lambdaobs.dashboardgen.registry.Threshold;
import dev.lambdaobs.dashboardgen.template.CfnValues;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lambda function URLs ({@code AWS::Lambda::Url}, SAM's {@code FunctionUrlConfig}): requests, 4XX/5XX responses
 * and latency, in {@code AWS/Lambda} by {@code FunctionName}, which sums the URLs of the function's
 * {@code $LATEST} and of its aliases. A SAM function's URL is keyed {@code <Function>.Url}.
 *
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/urls-monitoring.html">Monitoring Lambda function URLs</a>
 */
public final class FunctionUrlMonitor {
    static final String KEY_SUFFIX = ".Url";
    /** Requests (Sum). @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/urls-monitoring.html">Function URL metrics</a> */
    static final String REQUESTS = "UrlRequestCount";
    /** Requests answered with a 4XX (Sum). @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/urls-monitoring.html">Function URL metrics</a> */
    static final String CLIENT_ERRORS = "Url4xxCount";
    /** Requests answered with a 5XX: function errors and timeouts (Sum). @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/urls-monitoring.html">Function URL metrics</a> */
    static final String SERVER_ERRORS = "Url5xxCount";
    /** Time from request to response, ms; Lambda recommends Average and Maximum. @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/urls-monitoring.html">Function URL metrics</a> */
    static final String LATENCY = "UrlRequestLatency";
    /** Our threshold (AWS recommends none): more than 5% client errors, as the REST API 4XX rule. */
    private static final double CLIENT_ERROR_PERCENT = 5;
    /** Our threshold (AWS recommends none): an average response slower than 2 s. */
    private static final double AVERAGE_LATENCY_MS = 2_000;

    public static final ResourceProfile URL = new ResourceProfile("lambda-url", "Lambda function URLs", "AWS/Lambda",
            List.of(
                    AlarmRule.critical(SERVER_ERRORS).metric(SERVER_ERRORS, "Sum").above(0).evaluate(60, 5, 3)
                            .description("The function URL answers with 5XX (function errors, timeouts, throttles)").build(),
                    AlarmRule.warning("Url4xxRate").metric(new AlarmMetric.Math("IF(r > 0, 100 * e / r, 0)", "4XX responses (%)",
                                    List.of(MetricTerm.of("e", CLIENT_ERRORS, "Sum"), MetricTerm.of("r", REQUESTS, "Sum"))))
                            .above(CLIENT_ERROR_PERCENT).evaluate(60, 5, 5)
                            .description("More than 5% of the function URL's requests fail with a client error").build(),
                    AlarmRule.warning("UrlLatencyAverage").metric(LATENCY, "Average").above(AVERAGE_LATENCY_MS).evaluate(60, 5, 5)
                            .description("The function URL's average response time is above 2 s").build(),
                    AlarmRule.warning(REQUESTS).metric(REQUESTS, "Sum").compare(Comparison.LESS_THAN, Threshold.OPT_IN)
                            .evaluate(300, 3, 3)
                            .description("Requests are outside what is expected (opt-in: a threshold or anomalyBand in the config)")
                            .build()),
            List.of(GraphSpec.of("URL requests", REQUESTS, "Sum"),
                    new GraphSpec("URL errors", List.of(MetricTerm.of(CLIENT_ERRORS, "Sum"), MetricTerm.of(SERVER_ERRORS, "Sum"))),
                    new GraphSpec("URL latency", List.of(MetricTerm.of(LATENCY, "Average"), MetricTerm.of(LATENCY, "Maximum")))));

    private FunctionUrlMonitor() {
    }

    static void register(MonitorRegistry.Builder registry) {
        registry.profile(URL).type(ResourceType.of("AWS::Lambda::Url", FunctionUrlMonitor::url).profiles(URL));
    }

    /** The URL SAM creates for a function with a {@code FunctionUrlConfig} (its own or from Globals). */
    static Optional<MonitoredResource> ofSamFunction(TemplateResource function, DiscoveryContext context, JsonNode functionName) {
        if (!CfnValues.present(context.service().property(function, "FunctionUrlConfig"))) {
            return Optional.empty();
        }
        return Optional.of(new MonitoredResource(function.logicalId() + KEY_SUFFIX, function.logicalId(), function.type(), URL,
                Map.of("FunctionName", functionName), Facts.none(), function.location(), function.condition()));
    }

    private static Discovery url(TemplateResource url, DiscoveryContext context) {
        JsonNode target = url.property("TargetFunctionArn");
        Optional<JsonNode> name = CfnValues.referencedId(target).flatMap(context.service()::resource)
                .filter(function -> context.service().isFunction(function.logicalId()))
                .map(LambdaMonitor::functionName)
                .or(() -> CfnValues.literal(target).map(FunctionUrlMonitor::nameOfArn));
        return name.map(value -> Discovery.found(Monitored.of(url, URL, Map.of("FunctionName", value), Facts.none())))
                .orElseGet(() -> Discovery.skipped(url.describe() + ": TargetFunctionArn is neither a function of the template "
                        + "nor a literal function name or ARN, so its FunctionName dimension is unknown"));
    }

    /** {@code arn:partition:lambda:region:account:function:name[:qualifier]}, or a plain name, to the name. */
    private static JsonNode nameOfArn(String nameOrArn) {
        String[] parts = nameOrArn.split(":");
        return Intrinsics.text(parts.length >= 7 && parts[5].equals("function") ? parts[6] : nameOrArn);
    }
}
