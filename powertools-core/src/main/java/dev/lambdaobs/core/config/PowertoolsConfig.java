package dev.lambdaobs.core.config;

import static dev.lambdaobs.core.config.EnvironmentVariables.*;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The configuration every module shares, parsed once from an environment map. Module-specific
 * {@code POWERTOOLS_*} settings are read from {@link #settings()} by each module's own configuration.
 *
 * <pre>{@code
 * PowertoolsConfig config = PowertoolsConfig.fromEnvironment();          // in a handler
 * PowertoolsConfig config = PowertoolsConfig.from(Map.of(               // in a test
 *         "POWERTOOLS_SERVICE_NAME", "orders", "AWS_LAMBDA_FUNCTION_NAME", "create-order"));
 * }</pre>
 *
 * @param serviceName        {@code POWERTOOLS_SERVICE_NAME}, or {@value EnvironmentVariables#UNDEFINED_SERVICE}
 * @param functionName       {@code AWS_LAMBDA_FUNCTION_NAME}, empty outside Lambda
 * @param functionVersion    {@code AWS_LAMBDA_FUNCTION_VERSION}, empty outside Lambda
 * @param memorySizeMb       {@code AWS_LAMBDA_FUNCTION_MEMORY_SIZE}, 0 when unknown
 * @param region             {@code AWS_REGION}, empty outside Lambda
 * @param initializationType {@code AWS_LAMBDA_INITIALIZATION_TYPE}, on-demand when unset or unknown
 * @param lambdaLogLevel     {@code AWS_LAMBDA_LOG_LEVEL}, Lambda's own filter level when set
 * @param lambdaLogFormat    {@code AWS_LAMBDA_LOG_FORMAT}, TEXT when unset
 * @param settings           every variable, for the modules' own settings
 */
public record PowertoolsConfig(
        String serviceName,
        String functionName,
        String functionVersion,
        int memorySizeMb,
        String region,
        InitializationType initializationType,
        Optional<LogLevel> lambdaLogLevel,
        LogFormat lambdaLogFormat,
        Settings settings) {

    public PowertoolsConfig {
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(functionVersion, "functionVersion");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(initializationType, "initializationType");
        Objects.requireNonNull(lambdaLogLevel, "lambdaLogLevel");
        Objects.requireNonNull(lambdaLogFormat, "lambdaLogFormat");
        Objects.requireNonNull(settings, "settings");
    }

    /** The process environment, parsed once per process; invalid values are reported to standard error once. */
    public static PowertoolsConfig fromEnvironment() {
        return ProcessEnvironment.CONFIG;
    }

    /**
     * The configuration of this process' annotated handlers: the one a registered
     * {@link ConfigurationProvider} gives (tests), else {@link #fromEnvironment()}. Read once.
     */
    public static PowertoolsConfig process() {
        return Provided.CONFIG;
    }

    /** Looked up once, on first use; a provider that fails is reported and the environment used. */
    private static final class Provided {
        static final PowertoolsConfig CONFIG = provided();

        private static PowertoolsConfig provided() {
            try {
                return java.util.ServiceLoader.load(ConfigurationProvider.class, PowertoolsConfig.class.getClassLoader())
                        .findFirst().map(ConfigurationProvider::config).orElseGet(PowertoolsConfig::fromEnvironment);
            } catch (RuntimeException | java.util.ServiceConfigurationError e) {
                Diagnostics.stderr().failureOnce("ConfigurationProvider", e);
                return fromEnvironment();
            }
        }
    }

    /** A process' environment never changes: parsed once, on first use, by whichever module asks first. */
    private static final class ProcessEnvironment {
        static final PowertoolsConfig CONFIG = from(System.getenv(), Diagnostics.stderr());
    }

    /** Parses {@code env}, reporting invalid values to standard error once. */
    public static PowertoolsConfig from(Map<String, String> env) {
        return from(env, Diagnostics.stderr());
    }

    /** Parses {@code env}, reporting invalid values to {@code diagnostics}. */
    public static PowertoolsConfig from(Map<String, String> env, Diagnostics diagnostics) {
        Settings settings = Settings.of(env, diagnostics);
        return new PowertoolsConfig(
                settings.string(SERVICE_NAME, UNDEFINED_SERVICE),
                settings.string(FUNCTION_NAME, ""),
                settings.string(FUNCTION_VERSION, ""),
                settings.integer(FUNCTION_MEMORY_SIZE, 0, 1, LambdaLimits.MAX_MEMORY_MB),
                settings.string(REGION, ""),
                initializationType(settings),
                lambdaLogLevel(settings),
                settings.choice(LAMBDA_LOG_FORMAT, LogFormat.class, LogFormat.TEXT),
                settings);
    }

    /** True when running inside a Lambda execution environment. */
    public boolean inLambda() {
        return settings.string(LAMBDA_TASK_ROOT).isPresent();
    }

    private static InitializationType initializationType(Settings settings) {
        return settings.parse(INITIALIZATION_TYPE, InitializationType.ON_DEMAND,
                "on-demand, provisioned-concurrency, snap-start or lambda-managed-instances",
                value -> InitializationType.parse(value).orElse(null));
    }

    private static Optional<LogLevel> lambdaLogLevel(Settings settings) {
        return settings.level(LAMBDA_LOG_LEVEL);
    }
}
