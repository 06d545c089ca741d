package dev.lambdaobs.tracing.aspect;

import dev.lambdaobs.core.config.PowertoolsConfig;

/**
 * Where {@link TracingAspect} gets its configuration: the process environment, unless a class
 * implementing this interface is registered in
 * {@code META-INF/services/dev.lambdaobs.tracing.aspect.AspectConfiguration} (tests point the daemon
 * at a local listener this way; read once, at the first traced call).
 *
 * <pre>{@code
 * public final class LocalTracing implements AspectConfiguration {
 *     public PowertoolsConfig config() {
 *         return PowertoolsConfig.from(Map.of("LAMBDA_TASK_ROOT", "/var/task",
 *                 "AWS_XRAY_DAEMON_ADDRESS", "127.0.0.1:2000"));
 *     }
 * }
 * }</pre>
 */
public interface AspectConfiguration {
    /** The configuration the aspect's steps and tracer are built from. */
    PowertoolsConfig config();
}
