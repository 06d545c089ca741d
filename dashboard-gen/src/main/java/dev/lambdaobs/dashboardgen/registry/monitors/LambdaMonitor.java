package dev.lambdaobs.dashboardgen.registry.monitors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.registry.AlarmMetric;
import dev.lambdaobs.dashboardgen.registry.AlarmRule;
import dev.lambdaobs.dashboardgen.registry.Comparison;
import dev.lambdaobs.dashboardgen.registry.Discovery;
import dev.lambdaobs.dashboardgen.registry.DiscoveryContext;
import dev.lambdaobs.dashboardgen.registry.Fact;
import dev.lambdaobs.dashboardgen.registry.Facts;
import dev.lambdaobs.dashboardgen.registry.GraphSpec;
import dev.lambdaobs.dashboardgen.registry.MetricTerm;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import dev.lambdaobs.dashboardgen.registry.MonitoredResource;
import dev.lambdaobs.dashboardgen.registry.PhysicalIds;
import dev.lambdaobs.dashboardgen.registry.ResourceProfile;
import dev.lambdaobs.dashboardgen.registry.ResourceType;
import dev.lambdaobs.dashboardgen.registry.SloSignals;
import dev.lambdaobs.dashboardgen.registry.Threshold;
import dev.lambdaobs.dashboardgen.registry.TreatMissing;
import dev.lambdaobs.core.config.EnvironmentVariables;
import dev.lambdaobs.dashboardgen.template.CfnValues;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import dev.lambdaobs.dashboardgen.template.SubText;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Lambda functions (SAM and plain): errors, throttle rate, duration against the timeout,
 * concurrency, and the stream/DLQ/destination alarms where they apply.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Best_Practice_Recommended_Alarms_AWS_Services.html#Lambda">Recommended alarms: Lambda</a>
 */
public final class LambdaMonitor {
    /** Lambda's default timeout when a function sets none. @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html">Configure Lambda function timeout</a> */
    static final int DEFAULT_TIMEOUT_SECONDS = 3;
    private static final double NEAR_LIMIT = 0.9;
    /**
     * Records a Kafka consumer may fall behind before it warns. Lambda emits OffsetLag (not IteratorAge) for Amazon MSK
     * and self-managed Kafka sources, and IteratorAge for Kinesis, DynamoDB and DocumentDB streams; AWS recommends no
     * OffsetLag threshold, so this is ours (override with {@code alarms.OffsetLag.threshold}).
     * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html#event-source-mapping-metrics">Lambda event source mapping metrics</a>
     */
    static final double KAFKA_OFFSET_LAG = 1_000;
    /**
     * How long asynchronous events may wait in Lambda's queue before it warns: AWS recommends no AsyncEventAge threshold, so
     * this is ours (five minutes: retries after function errors back off for minutes; throttling makes events older still).
     * Override with {@code alarms.AsyncEventAge.threshold}.
     * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html#async-invocation-metrics">Lambda asynchronous invocation metrics</a>
     */
    static final double ASYNC_EVENT_AGE_MS = 300_000;
    /** Milliseconds between Lambda queueing an asynchronous event and invoking the function. @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html#async-invocation-metrics">Asynchronous invocation metrics</a> */
    public static final String ASYNC_EVENT_AGE = "AsyncEventAge";
    /** Asynchronous events dropped without a successful invocation. @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html#async-invocation-metrics">Asynchronous invocation metrics</a> */
    public static final String ASYNC_EVENTS_DROPPED = "AsyncEventsDropped";
    /** Asynchronous events Lambda queued. @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html#async-invocation-metrics">Asynchronous invocation metrics</a> */
    public static final String ASYNC_EVENTS_RECEIVED = "AsyncEventsReceived";
    /** Invocations Lambda stopped because it detected a recursive loop. @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html#invocation-metrics">Invocation metrics</a> and <a href="https://docs.aws.amazon.com/lambda/latest/dg/invocation-recursion.html">recursive loop detection</a> */
    public static final String RECURSIVE_INVOCATIONS_DROPPED = "RecursiveInvocationsDropped";
    /** Lambda's default log group is {@code /aws/lambda/<function name>}. @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs.html">Lambda logs in CloudWatch Logs</a> */
    public static final String LAMBDA_LOG_GROUP_PREFIX = "/aws/lambda/";

    /** The rules whose alarms stop a canary or linear deployment (wired into SAM's DeploymentPreference.Alarms). */
    public static final java.util.Set<String> DEPLOYMENT_ROLLBACK_RULES = java.util.Set.of("Errors", "ThrottleRate",
            "DurationNearTimeout");

    public static final ResourceProfile FUNCTION = new ResourceProfile("lambda", "Lambda functions", "AWS/Lambda",
            List.of(
                    AlarmRule.critical("Errors").metric("Errors", "Sum").above(0).evaluate(60, 1, 1)
                            .description("The function threw, timed out or ran out of memory").build(),
                    AlarmRule.warning("ThrottleRate").metric(new AlarmMetric.Math("IF(i + t > 0, 100 * t / (i + t), 0)",
                                    "Throttled invocations (%)",
                                    List.of(MetricTerm.of("t", "Throttles", "Sum"), MetricTerm.of("i", "Invocations", "Sum"))))
                            .above(1).evaluate(60, 5, 3)
                            .description("More than 1% of invocations are throttled").build(),
                    AlarmRule.warning("DurationNearTimeout").metric("Duration", "p99")
                            .compare(Comparison.GREATER_OR_EQUAL, new NearTimeout()).evaluate(60, 3, 3)
                            .description("p99 duration is at 90% of the function's timeout").build(),
                    AlarmRule.warning("ConcurrentExecutions").metric("ConcurrentExecutions", "Maximum")
                            .compare(Comparison.GREATER_THAN, LambdaMonitor::nearConcurrencyLimit).evaluate(60, 10, 10)
                            .description("Concurrency is at 90% of the reserved concurrency or the account's regional quota").build(),
                    AlarmRule.warning("IteratorAge").metric("IteratorAge", "Maximum").above(60_000).evaluate(60, 5, 5)
                            .when(r -> r.facts().is(Fact.READS_STREAM))
                            .description("The stream consumer is more than a minute behind").build(),
                    AlarmRule.warning("OffsetLag").metric("OffsetLag", "Maximum").above(KAFKA_OFFSET_LAG).evaluate(60, 5, 5)
                            .when(r -> r.facts().is(Fact.READS_KAFKA))
                            .description("The Kafka consumer is more than " + (int) KAFKA_OFFSET_LAG + " records behind").build(),
                    AlarmRule.critical("DeadLetterErrors").metric("DeadLetterErrors", "Sum").above(0).evaluate(60, 1, 1)
                            .when(r -> r.facts().is(Fact.HAS_DEAD_LETTER_QUEUE))
                            .description("Failed events could not be sent to the dead-letter queue and are lost").build(),
                    AlarmRule.critical("DestinationDeliveryFailures").metric("DestinationDeliveryFailures", "Sum").above(0)
                            .evaluate(60, 1, 1).when(r -> r.facts().is(Fact.HAS_DESTINATION))
                            .treatMissing(TreatMissing.NOT_BREACHING)
                            .description("Events could not be sent to the function's destination").build(),
                    // AsyncEventAge and AsyncEventsDropped: see ASYNC_EVENT_AGE_MS.
                    AlarmRule.warning(ASYNC_EVENT_AGE).metric(ASYNC_EVENT_AGE, "Maximum").above(ASYNC_EVENT_AGE_MS).evaluate(60, 5, 5)
                            .when(r -> r.facts().is(Fact.INVOKED_ASYNC))
                            .description("Asynchronous events wait more than 5 minutes in Lambda's queue (throttles or retries)").build(),
                    AlarmRule.critical(ASYNC_EVENTS_DROPPED).metric(ASYNC_EVENTS_DROPPED, "Sum").above(0).evaluate(60, 1, 1)
                            .when(r -> r.facts().is(Fact.INVOKED_ASYNC))
                            .description("Asynchronous events were dropped without the function running them successfully").build(),
                    AlarmRule.critical(RECURSIVE_INVOCATIONS_DROPPED).metric(RECURSIVE_INVOCATIONS_DROPPED, "Sum").above(0)
                            .evaluate(60, 1, 1)
                            .description("Lambda stopped a recursive loop through this function and dropped its invocations").build(),
                    AlarmRule.warning("Invocations").metric("Invocations", "Sum").compare(Comparison.LESS_THAN, Threshold.OPT_IN)
                            .evaluate(300, 3, 3)
                            .description("Invocations are outside what is expected (opt-in: a threshold or anomalyBand in the config)")
                            .build()),
            List.of(
                    new GraphSpec("Invocations and errors", List.of(MetricTerm.of("Invocations", "Sum"), MetricTerm.of("Errors", "Sum"))),
                    GraphSpec.of("Throttles", "Throttles", "Sum"),
                    new GraphSpec("Duration", List.of(MetricTerm.of("Duration", "p50"), MetricTerm.of("Duration", "p99"),
                            MetricTerm.of("Duration", "Maximum"))),
                    GraphSpec.of("Concurrent executions", "ConcurrentExecutions", "Maximum"),
                    GraphSpec.of("Iterator age", "IteratorAge", "Maximum").when(r -> r.facts().is(Fact.READS_STREAM)),
                    GraphSpec.of("Offset lag", "OffsetLag", "Maximum").when(r -> r.facts().is(Fact.READS_KAFKA)),
                    new GraphSpec("Asynchronous events", List.of(MetricTerm.of(ASYNC_EVENTS_RECEIVED, "Sum"),
                            MetricTerm.of(ASYNC_EVENTS_DROPPED, "Sum"))).when(r -> r.facts().is(Fact.INVOKED_ASYNC)),
                    GraphSpec.of("Asynchronous event age", ASYNC_EVENT_AGE, "Maximum").when(r -> r.facts().is(Fact.INVOKED_ASYNC))))
            // Errors counts invocations that threw, timed out or ran out of memory; Duration is in milliseconds.
            .withSlo(new SloSignals("Invocations", "Errors", "Duration"));

    private LambdaMonitor() {
    }

    static void register(MonitorRegistry.Builder registry) {
        registry.profile(FUNCTION)
                .type(ResourceType.of("AWS::Serverless::Function", LambdaMonitor::discover)
                        .profiles(FUNCTION, LambdaInsightsMonitor.INSIGHTS, LambdaAccountMonitor.ACCOUNT, FunctionUrlMonitor.URL)
                        .asFunction())
                .type(ResourceType.of("AWS::Lambda::Function", LambdaMonitor::discover)
                        .profiles(FUNCTION, LambdaInsightsMonitor.INSIGHTS, LambdaAccountMonitor.ACCOUNT, FunctionUrlMonitor.URL)
                        .asFunction()
                        .tagged("lambda:function").dimension(PhysicalIds.LAST_ARN_PART));
    }

    private static Discovery discover(TemplateResource function, DiscoveryContext context) {
        JsonNode name = functionName(function);
        JsonNode timeout = context.service().property(function, "Timeout");
        String id = function.logicalId();
        Facts facts = Facts.builder()
                .with(Fact.TIMEOUT_SECONDS, timeoutSeconds(timeout))
                .with(Fact.TIMEOUT_IF, NearTimeout.timeoutIf(context.service(), function, timeout))
                .with(Fact.CONCURRENCY_LIMIT, CfnValues.literalInt(context.service().property(function, "ReservedConcurrentExecutions"))
                        .orElse(context.concurrencyQuota()))
                .with(Fact.READS_STREAM, context.relations().readsStream(id))
                .with(Fact.READS_KAFKA, context.relations().readsKafka(id))
                .with(Fact.HAS_DEAD_LETTER_QUEUE, context.relations().hasDeadLetterQueue(id))
                .with(Fact.HAS_DESTINATION, context.relations().hasDestination(id))
                .with(Fact.LOG_GROUP, logGroup(context.service(), function))
                .with(Fact.METRICS_NAMESPACE, MetricsNamespace.of(context.service(), function))
                .with(Fact.SERVICE_DIMENSION, presentOrNull(context.service().environmentVariable(function, EnvironmentVariables.SERVICE_NAME)))
                .with(Fact.INVOKED_ASYNC, context.asyncInvocations().isAsync(id))
                .build();
        List<MonitoredResource> found = new java.util.ArrayList<>();
        found.add(Monitored.of(function, FUNCTION, Map.of("FunctionName", name), facts));
        LambdaInsightsMonitor.of(function, context, name).ifPresent(found::add);
        FunctionUrlMonitor.ofSamFunction(function, context, name).ifPresent(found::add);
        return new Discovery(found, List.of());
    }

    /** The function's name: its FunctionName when usable, else its Ref (which is the name). */
    public static JsonNode functionName(TemplateResource function) {
        return Monitored.name(function, "FunctionName", Intrinsics.ref(function.logicalId()));
    }

    /** The log group the function writes to: its {@code LoggingConfig.LogGroup}, else {@code /aws/lambda/<name>}. */
    public static JsonNode logGroup(ServiceTemplate service, TemplateResource function) {
        JsonNode custom = service.property(function, "LoggingConfig").path("LogGroup");
        if (CfnValues.present(custom)) {
            return custom;
        }
        return SubText.concat(LAMBDA_LOG_GROUP_PREFIX, functionName(function));
    }

    /** The literal timeout, Lambda's default when unset, or null when it is not a literal (no duration alarm). */
    private static Integer timeoutSeconds(JsonNode timeout) {
        if (!CfnValues.present(timeout)) {
            return DEFAULT_TIMEOUT_SECONDS;
        }
        return CfnValues.literalInt(timeout).orElse(null);
    }

    private static JsonNode presentOrNull(JsonNode value) {
        return CfnValues.present(value) ? value : null;
    }

    private static OptionalDouble nearConcurrencyLimit(MonitoredResource function) {
        return function.facts().get(Fact.CONCURRENCY_LIMIT).map(limit -> OptionalDouble.of(Math.floor(limit * NEAR_LIMIT)))
                .orElse(OptionalDouble.empty());
    }
}
