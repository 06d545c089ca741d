package dev.lambdaobs.test;

import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment map Lambda would give a function, for configuration parsed from a map. No
 * reflection, no process environment changes: pass {@link #toMap()} where a module reads its config.
 *
 * <pre>{@code
 * Map<String, String> env = LambdaEnvironment.onDemand("create-order")
 *         .service("orders")
 *         .set("POWERTOOLS_LOGGER_SAMPLE_RATE", "0.5")
 *         .toMap();
 * PowertoolsConfig config = PowertoolsConfig.from(env);
 * }</pre>
 */
public final class LambdaEnvironment {
    private final Map<String, String> values = new LinkedHashMap<>();

    private LambdaEnvironment(String functionName, String initializationType) {
        values.put("AWS_LAMBDA_FUNCTION_NAME", functionName);
        values.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        values.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
        values.put("AWS_REGION", "us-east-1");
        values.put("AWS_LAMBDA_INITIALIZATION_TYPE", initializationType);
        values.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + functionName);
        values.put("LAMBDA_TASK_ROOT", "/var/task");
    }

    /** An on-demand environment (SnapStart environments, {@code snap-start}, are the other kind with cold starts). */
    public static LambdaEnvironment onDemand(String functionName) {
        return new LambdaEnvironment(functionName, "on-demand");
    }

    /** A provisioned-concurrency environment. */
    public static LambdaEnvironment provisioned(String functionName) {
        return new LambdaEnvironment(functionName, "provisioned-concurrency");
    }

    /** Sets {@code POWERTOOLS_SERVICE_NAME}. */
    public LambdaEnvironment service(String serviceName) {
        return set("POWERTOOLS_SERVICE_NAME", serviceName);
    }

    /** Points the X-Ray SDK at a daemon, such as {@link FakeXRayDaemon#address()}. */
    public LambdaEnvironment xrayDaemon(String address) {
        return set("AWS_XRAY_DAEMON_ADDRESS", address);
    }

    /** Sets any variable. */
    public LambdaEnvironment set(String name, String value) {
        values.put(name, value);
        return this;
    }

    /** Removes a variable, to test its absence. */
    public LambdaEnvironment unset(String name) {
        values.remove(name);
        return this;
    }

    /** An immutable copy of the variables. */
    public Map<String, String> toMap() {
        return Map.copyOf(values);
    }

    /** The shared configuration parsed from these variables. */
    public PowertoolsConfig toConfig(Diagnostics diagnostics) {
        return PowertoolsConfig.from(toMap(), diagnostics);
    }
}
