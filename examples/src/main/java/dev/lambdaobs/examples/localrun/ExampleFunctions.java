package dev.lambdaobs.examples.localrun;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The functions of {@code examples/template.yaml} as the local run deploys them: the same handlers,
 * memory, timeouts and environment, with {@code !Ref}s resolved to local names. A test keeps this
 * list and the template in step.
 */
final class ExampleFunctions {
    static final String STACK = "lambdaobs-example";
    static final String REGION = "eu-west-1";
    static final String ACCOUNT = "123456789012";
    /** The template's {@code POWERTOOLS_SERVICE_NAME}, which dashboard-gen names its output by. */
    static final String SERVICE = "orders";
    /** What {@code !Ref OrdersTable} resolves to. */
    static final String ORDERS_TABLE = STACK + "-OrdersTable";
    static final String ORDERS_TABLE_HASH_KEY = "orderId";
    /** What {@code !Ref PaymentsQueue} resolves to (a queue URL). */
    static final String PAYMENTS_QUEUE_URL = "https://sqs." + REGION + ".amazonaws.com/" + ACCOUNT + "/" + STACK + "-PaymentsQueue";

    static final LocalFunction CREATE_ORDER = function("CreateOrderFunction", "orders.CreateOrderHandler", 15,
            Map.of("PAYMENTS_QUEUE_URL", PAYMENTS_QUEUE_URL));
    static final LocalFunction GET_ORDER = function("GetOrderFunction", "orders.GetOrderHandler", 15, Map.of());
    static final LocalFunction PROCESS_PAYMENT = function("ProcessPaymentFunction", "payments.ProcessPaymentHandler", 15, Map.of());
    static final LocalFunction SHIP_ORDER = function("ShipOrderFunction", "shipping.ShipOrderHandler", 15, Map.of());
    /** The one function on the X-Ray SDK backend ({@code POWERTOOLS_TRACER=xray-sdk}); the others use OpenTelemetry. */
    static final LocalFunction DAILY_REPORT = function("DailyReportFunction", "reports.DailyReportHandler", 60,
            Map.of("POWERTOOLS_TRACER", "xray-sdk"));

    private static final int MEMORY_MB = 512;

    private ExampleFunctions() {
    }

    static List<LocalFunction> all() {
        return List.of(CREATE_ORDER, GET_ORDER, PROCESS_PAYMENT, SHIP_ORDER, DAILY_REPORT);
    }

    /** The template's {@code Globals.Function}: environment variables and the {@code LoggingConfig} Lambda turns into variables. */
    static Map<String, String> globalEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("POWERTOOLS_SERVICE_NAME", SERVICE);
        env.put("POWERTOOLS_METRICS_NAMESPACE", "LambdaObsExample");
        env.put("POWERTOOLS_TRACER", "otel");
        env.put("ORDERS_TABLE", ORDERS_TABLE);
        env.put("JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1");
        env.put("AWS_LAMBDA_LOG_FORMAT", "JSON");
        env.put("AWS_LAMBDA_LOG_LEVEL", "INFO");
        return env;
    }

    private static LocalFunction function(String logicalId, String handlerClass, int timeoutSeconds, Map<String, String> own) {
        Map<String, String> env = globalEnvironment();
        env.putAll(own);
        return new LocalFunction(logicalId, STACK + "-" + logicalId, "dev.lambdaobs.examples." + handlerClass + "::handleRequest",
                MEMORY_MB, timeoutSeconds, env);
    }
}
