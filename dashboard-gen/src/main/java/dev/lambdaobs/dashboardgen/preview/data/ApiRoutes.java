package dev.lambdaobs.dashboardgen.preview.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.template.SubText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which API Gateway APIs invoke which function, from the SAM template's {@code Api} and {@code HttpApi}
 * events (SAM's implicit {@code ServerlessRestApi}/{@code ServerlessHttpApi} when the event names no
 * API), and the dimensions each API's metrics carry, taken from the generated alarms on it, so the
 * metrics derived locally match the dashboards' and alarms' own.
 *
 * @see <a href="https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-api.html">SAM Api event</a>
 */
public final class ApiRoutes {
    /** An API in front of a function. */
    public record Route(String apiLogicalId, boolean http, Map<String, String> dimensions) {
    }

    private static final String GATEWAY = "AWS/ApiGateway";
    private final Map<String, List<Route>> byFunction = new LinkedHashMap<>();
    private final Map<String, List<Route>> byLocalName = new HashMap<>();

    private ApiRoutes() {
    }

    public static ApiRoutes none() {
        return new ApiRoutes();
    }

    /** Routes of {@code template} (its root) whose API has alarms in {@code alarms} (alarms.json). */
    public static ApiRoutes of(JsonNode template, JsonNode alarms) {
        Map<String, Map<String, String>> apiDimensions = apiDimensions(alarms);
        ApiRoutes routes = new ApiRoutes();
        template.path("Resources").fields().forEachRemaining(resource -> {
            for (JsonNode event : resource.getValue().path("Properties").path("Events")) {
                String type = event.path("Type").asText();
                boolean http = type.equals("HttpApi");
                if (!http && !type.equals("Api")) {
                    continue;
                }
                JsonNode api = event.path("Properties").path(http ? "ApiId" : "RestApiId");
                String apiId = api.has("Ref") ? api.path("Ref").asText() : http ? "ServerlessHttpApi" : "ServerlessRestApi";
                Map<String, String> dimensions = apiDimensions.get(apiId);
                if (dimensions != null) {
                    routes.byFunction.computeIfAbsent(resource.getKey(), k -> new ArrayList<>())
                            .add(new Route(apiId, http, dimensions));
                }
            }
        });
        return routes;
    }

    /** The APIs in front of the function a local name belongs to. */
    public List<Route> of(String localFunctionName) {
        return byLocalName.computeIfAbsent(localFunctionName, name -> byFunction.entrySet().stream().filter(e -> LocalNames.matches("${" + e.getKey() + "}", name))
                .flatMap(e -> e.getValue().stream()).distinct().toList());
    }

    private static Map<String, Map<String, String>> apiDimensions(JsonNode alarms) {
        Map<String, Map<String, String>> dimensions = new LinkedHashMap<>();
        for (JsonNode alarm : alarms) {
            JsonNode properties = alarm.path("properties");
            if (properties.path("Namespace").asText().equals(GATEWAY)) {
                dimensions.putIfAbsent(alarm.path("resource").asText(), dimensionMap(properties.path("Dimensions")));
            }
        }
        return dimensions;
    }

    /** A CloudFormation {@code Dimensions} list as name to value, intrinsic values as {@code ${...}} text. */
    public static Map<String, String> dimensionMap(JsonNode dimensions) {
        Map<String, String> map = new LinkedHashMap<>();
        for (JsonNode dimension : dimensions) {
            JsonNode value = dimension.path("Value");
            map.put(dimension.path("Name").asText(), SubText.asSub(value).orElse(value.toString()));
        }
        return map;
    }
}
