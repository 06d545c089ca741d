package dev.lambdaobs.dashboardgen.fakeaws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stateful CloudWatch stand-in behind {@link FakeAwsServer}: dashboards, metric alarms and
 * composite alarms, with the service's checks that matter to dashboard-gen (required fields,
 * composite rules naming only existing alarms, dashboard bodies that parse) and injectable throttling.
 */
public final class FakeCloudWatch {
    private static final Pattern RULE_REFERENCE = Pattern.compile("(?:ALARM|OK|INSUFFICIENT_DATA)\\(\"?([^\")]+)\"?\\)");

    public final Map<String, ObjectNode> dashboards = new TreeMap<>();
    public final Map<String, ObjectNode> metricAlarms = new TreeMap<>();
    public final Map<String, ObjectNode> compositeAlarms = new TreeMap<>();
    private final AtomicInteger throttleNext = new AtomicInteger();

    public FakeCloudWatch(FakeAwsServer server) {
        server.on("PutDashboard", this::putDashboard)
                .on("GetDashboard", this::getDashboard)
                .on("PutMetricAlarm", this::putMetricAlarm)
                .on("PutCompositeAlarm", this::putCompositeAlarm)
                .on("DescribeAlarms", this::describeAlarms);
    }

    /** The next {@code calls} write calls answer with a throttling error, as a busy account would. */
    public void throttleNext(int calls) {
        throttleNext.set(calls);
    }

    private void maybeThrottle() throws AwsError {
        if (throttleNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw AwsError.throttling();
        }
    }

    private JsonNode putDashboard(JsonNode request) throws AwsError {
        maybeThrottle();
        String name = required(request, "DashboardName");
        JsonNode body;
        try {
            body = FakeAwsServer.JSON.readTree(required(request, "DashboardBody"));
        } catch (Exception e) {
            throw invalidDashboard("/", "The dashboard body is invalid, there are 1 validation errors: not JSON");
        }
        JsonNode widgets = body.path("widgets");
        for (int i = 0; i < widgets.size(); i++) {
            if (!widgets.get(i).has("type")) {
                throw invalidDashboard("/widgets/" + i, "Should have required property 'type'");
            }
        }
        dashboards.put(name, ((ObjectNode) request).deepCopy());
        ObjectNode response = FakeAwsServer.JSON.createObjectNode();
        ArrayNode messages = response.putArray("DashboardValidationMessages");
        for (int i = 0; i < widgets.size(); i++) {
            JsonNode widget = widgets.get(i);
            if (widget.path("type").asText().equals("metric") && widget.path("properties").path("title").asText().isEmpty()) {
                messages.addObject().put("DataPath", "/widgets/" + i).put("Message", "Widget has no title");
            }
        }
        return response;
    }

    private static AwsError invalidDashboard(String path, String message) {
        ObjectNode extra = FakeAwsServer.JSON.createObjectNode();
        extra.putArray("dashboardValidationMessages").addObject().put("DataPath", path).put("Message", message);
        return new AwsError(400, "DashboardInvalidInputError", message, extra);
    }

    private JsonNode getDashboard(JsonNode request) throws AwsError {
        ObjectNode stored = dashboards.get(required(request, "DashboardName"));
        if (stored == null) {
            throw new AwsError(404, "DashboardNotFoundError", "Dashboard " + request.path("DashboardName").asText() + " does not exist");
        }
        return stored.deepCopy().put("DashboardArn", "arn:aws:cloudwatch::123456789012:dashboard/"
                + stored.path("DashboardName").asText());
    }

    private JsonNode putMetricAlarm(JsonNode request) throws AwsError {
        maybeThrottle();
        String name = required(request, "AlarmName");
        required(request, "ComparisonOperator");
        if (!request.has("EvaluationPeriods")) {
            throw missing("EvaluationPeriods");
        }
        if (!request.has("Metrics") && !(request.has("MetricName") && request.has("Namespace") && request.has("Period"))) {
            throw validation("Either Metrics or MetricName, Namespace and Period must be given");
        }
        metricAlarms.put(name, ((ObjectNode) request).deepCopy());
        return FakeAwsServer.JSON.createObjectNode();
    }

    private JsonNode putCompositeAlarm(JsonNode request) throws AwsError {
        maybeThrottle();
        String name = required(request, "AlarmName");
        Matcher matcher = RULE_REFERENCE.matcher(required(request, "AlarmRule"));
        while (matcher.find()) {
            String child = matcher.group(1);
            if (!metricAlarms.containsKey(child) && !compositeAlarms.containsKey(child)) {
                throw validation("Could not save the composite alarm as alarms [" + child + "] in the alarm rule do not exist");
            }
        }
        compositeAlarms.put(name, ((ObjectNode) request).deepCopy());
        return FakeAwsServer.JSON.createObjectNode();
    }

    private JsonNode describeAlarms(JsonNode request) {
        ObjectNode response = FakeAwsServer.JSON.createObjectNode();
        ArrayNode metric = response.putArray("MetricAlarms");
        ArrayNode composite = response.putArray("CompositeAlarms");
        for (JsonNode name : request.path("AlarmNames")) {
            ObjectNode alarm = metricAlarms.get(name.asText());
            if (alarm != null) {
                metric.add(described(alarm));
            }
            ObjectNode compositeAlarm = compositeAlarms.get(name.asText());
            if (compositeAlarm != null) {
                composite.add(described(compositeAlarm));
            }
        }
        return response;
    }

    private static ObjectNode described(ObjectNode stored) {
        ObjectNode alarm = stored.deepCopy();
        alarm.remove("Tags");
        alarm.put("AlarmArn", "arn:aws:cloudwatch:us-east-1:123456789012:alarm:" + stored.path("AlarmName").asText());
        alarm.put("StateValue", "INSUFFICIENT_DATA");
        if (!alarm.has("ActionsEnabled")) {
            alarm.put("ActionsEnabled", true);
        }
        return alarm;
    }

    static String required(JsonNode request, String field) throws AwsError {
        JsonNode value = request.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw missing(field);
        }
        return value.asText();
    }

    private static AwsError validation(String message) {
        return new AwsError(400, "InvalidParameterValueException", message);
    }

    private static AwsError missing(String field) {
        return new AwsError(400, "MissingRequiredParameterException", "The parameter " + field + " is required.");
    }
}
