package dev.lambdaobs.dashboardgen.preview.data;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Derives from a local run's invocations what Lambda and API Gateway would have reported: per
 * function {@code Invocations}, {@code Errors}, {@code Duration}, {@code Throttles} (always 0: nothing
 * throttles locally) and {@code ConcurrentExecutions} (invocations of the function running at each
 * start); per API in front of it {@code Count}, {@code 4XXError}/{@code 5XXError} (REST) or
 * {@code 4xx}/{@code 5xx} (HTTP), {@code Latency} and {@code IntegrationLatency} (the function's
 * duration: API Gateway's own overhead is not known locally). A function error is a 502 to the API.
 *
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html">Lambda metrics</a>
 * @see <a href="https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-metrics-and-dimensions.html">API Gateway metrics</a>
 */
public final class InvocationMetrics {
    private static final String LAMBDA = "AWS/Lambda";
    private static final String GATEWAY = "AWS/ApiGateway";
    private static final int BAD_GATEWAY = 502;

    private InvocationMetrics() {
    }

    public static void derive(List<Invocation> invocations, ApiRoutes routes, LocalMetrics metrics) {
        Map<String, List<Invocation>> byFunction = invocations.stream().collect(Collectors.groupingBy(Invocation::function));
        for (Invocation invocation : invocations) {
            Map<String, String> function = Map.of("FunctionName", invocation.function());
            long at = invocation.startMillis();
            metrics.add(LAMBDA, "Invocations", function, "Count", Series.DERIVED, at, 1);
            metrics.add(LAMBDA, "Errors", function, "Count", Series.DERIVED, at, invocation.failed() ? 1 : 0);
            metrics.add(LAMBDA, "Duration", function, "Milliseconds", Series.DERIVED, at, invocation.durationMillis());
            metrics.add(LAMBDA, "Throttles", function, "Count", Series.DERIVED, at, 0);
            metrics.add(LAMBDA, "ConcurrentExecutions", function, "Count", Series.DERIVED, at, running(byFunction.get(invocation.function()), invocation));
            int status = invocation.failed() ? BAD_GATEWAY : invocation.statusCode();
            for (ApiRoutes.Route route : routes.of(invocation.function())) {
                Map<String, String> api = route.dimensions();
                metrics.add(GATEWAY, "Count", api, "Count", Series.DERIVED, at, 1);
                metrics.add(GATEWAY, route.http() ? "4xx" : "4XXError", api, "Count", Series.DERIVED, at, status / 100 == 4 ? 1 : 0);
                metrics.add(GATEWAY, route.http() ? "5xx" : "5XXError", api, "Count", Series.DERIVED, at, status / 100 == 5 ? 1 : 0);
                metrics.add(GATEWAY, "Latency", api, "Milliseconds", Series.DERIVED, at, invocation.durationMillis());
                metrics.add(GATEWAY, "IntegrationLatency", api, "Milliseconds", Series.DERIVED, at, invocation.durationMillis());
            }
        }
    }

    /** How many of the function's invocations were running when {@code invocation} started, itself included. */
    private static int running(List<Invocation> sameFunction, Invocation invocation) {
        long at = invocation.startMillis();
        return (int) sameFunction.stream().filter(other -> other.startMillis() <= at && at < other.startMillis() + Math.max(1, other.durationMillis())).count();
    }
}
