package dev.lambdaobs.core.config;

/**
 * Gives the configuration that annotated handlers ({@code @Logging}, {@code @Metrics}, {@code @Tracing})
 * use instead of the process environment. Meant for tests: register one in the test class path under
 * {@code META-INF/services/dev.lambdaobs.core.config.ConfigurationProvider}, and every aspect reads the
 * same configuration, so logs, metrics and traces report the same service. Read once per process, by
 * {@link PowertoolsConfig#process()}; no reflection and no change to the process environment.
 *
 * <pre>{@code
 * public final class TestConfiguration implements ConfigurationProvider {
 *     public PowertoolsConfig config() {
 *         return PowertoolsConfig.from(Map.of("POWERTOOLS_SERVICE_NAME", "orders",
 *                 "POWERTOOLS_METRICS_NAMESPACE", "Shop", "LAMBDA_TASK_ROOT", "/var/task",
 *                 "AWS_XRAY_DAEMON_ADDRESS", "127.0.0.1:2000"));
 *     }
 * }
 * }</pre>
 */
public interface ConfigurationProvider {
    /** The configuration every aspect is built from. */
    PowertoolsConfig config();
}
