package dev.lambdaobs.dashboardgen.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.template.CfnValues;
import dev.lambdaobs.dashboardgen.template.ServiceTemplate;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Which functions are invoked asynchronously, so Lambda emits {@code AsyncEventsReceived}, {@code AsyncEventAge}
 * and {@code AsyncEventsDropped} for them: SAM events of a service that invokes asynchronously, an
 * {@code EventInvokeConfig}, an S3 notification, an SNS subscription, an EventBridge rule or schedule target, a
 * {@code AWS::Lambda::Permission} for such a service, and the functions the config names (code that calls
 * {@code Invoke} with {@code InvocationType: Event}).
 *
 * <pre>{@code
 * AsyncInvocations.of(service, Set.of("ReportFunction")).isAsync("ReportFunction"); // true
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html">Invoking a Lambda function asynchronously</a>
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/operatorguide/invocation-modes.html">Invocation modes: the services that invoke asynchronously</a>
 */
public final class AsyncInvocations {
    /** SAM event types whose service invokes the function asynchronously. @see <a href="https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-eventsource.html">SAM event sources</a> */
    static final Set<String> ASYNC_EVENTS = Set.of("S3", "SNS", "EventBridgeRule", "CloudWatchEvent", "Schedule", "ScheduleV2",
            "CloudWatchLogs", "IoTRule");
    /** Service principals that invoke asynchronously, as an {@code AWS::Lambda::Permission} names them. */
    static final Set<String> ASYNC_PRINCIPALS = Set.of("s3.amazonaws.com", "sns.amazonaws.com", "events.amazonaws.com",
            "logs.amazonaws.com", "ses.amazonaws.com", "iot.amazonaws.com", "scheduler.amazonaws.com");

    private final ServiceTemplate service;
    private final Set<String> async = new HashSet<>();

    private AsyncInvocations(ServiceTemplate service, Collection<String> configured) {
        this.service = service;
        async.addAll(configured);
        for (TemplateResource resource : service.resources()) {
            switch (resource.type()) {
                case ServiceTemplate.SAM_FUNCTION -> samFunction(resource);
                case "AWS::Lambda::EventInvokeConfig" -> add(resource.property("FunctionName"));
                case "AWS::Lambda::Permission" -> {
                    if (CfnValues.literal(resource.property("Principal")).filter(ASYNC_PRINCIPALS::contains).isPresent()) {
                        add(resource.property("FunctionName"));
                    }
                }
                case "AWS::SNS::Subscription" -> snsSubscription(resource.property("Protocol"), resource.property("Endpoint"));
                case "AWS::SNS::Topic" -> resource.property("Subscription")
                        .forEach(s -> snsSubscription(s.path("Protocol"), s.path("Endpoint")));
                case "AWS::Events::Rule" -> resource.property("Targets").forEach(target -> add(target.path("Arn")));
                case "AWS::Scheduler::Schedule" -> add(resource.property("Target").path("Arn"));
                case "AWS::S3::Bucket" -> resource.property("NotificationConfiguration").path("LambdaConfigurations")
                        .forEach(notification -> add(notification.path("Function")));
                default -> { }
            }
        }
    }

    /** @param configured logical ids of functions the config says are invoked asynchronously ({@code asyncInvokedFunctions}) */
    public static AsyncInvocations of(ServiceTemplate service, Collection<String> configured) {
        return new AsyncInvocations(service, configured);
    }

    public boolean isAsync(String functionId) {
        return async.contains(functionId);
    }

    private void samFunction(TemplateResource function) {
        if (CfnValues.present(service.property(function, "EventInvokeConfig"))) {
            async.add(function.logicalId());
        }
        for (JsonNode event : service.property(function, "Events")) {
            if (ASYNC_EVENTS.contains(event.path("Type").asText())) {
                async.add(function.logicalId());
            }
        }
    }

    private void snsSubscription(JsonNode protocol, JsonNode endpoint) {
        if (CfnValues.literal(protocol).filter("lambda"::equals).isPresent()) {
            add(endpoint);
        }
    }

    private void add(JsonNode reference) {
        CfnValues.referencedId(reference).filter(id -> service.isFunction(id)).ifPresent(async::add);
    }
}
