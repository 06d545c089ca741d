package dev.lambdaobs.logging;

import dev.lambdaobs.core.config.EnvironmentVariables;
import dev.lambdaobs.core.config.LogFormat;
import dev.lambdaobs.core.config.LogLevel;
import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.config.Settings;
import java.util.Optional;

/**
 * The one precedence between {@code POWERTOOLS_LOG_LEVEL} and Lambda's {@code AWS_LAMBDA_LOG_LEVEL}:
 * <ol>
 *   <li>{@code POWERTOOLS_LOG_LEVEL} when set;</li>
 *   <li>else {@code AWS_LAMBDA_LOG_LEVEL} when set;</li>
 *   <li>else {@code INFO}.</li>
 * </ol>
 * With Lambda's JSON log format, Lambda itself drops lines below {@code AWS_LAMBDA_LOG_LEVEL}. A more
 * verbose {@code POWERTOOLS_LOG_LEVEL} is then raised to Lambda's level, said once, so no CPU is
 * spent formatting lines that never reach CloudWatch.
 *
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs-log-level.html">Log-level filtering</a>
 */
final class LogLevelPolicy {
    static final LogLevel DEFAULT = LogLevel.INFO;

    private LogLevelPolicy() {
    }

    static LogLevel resolve(PowertoolsConfig config) {
        Settings settings = config.settings();
        Optional<LogLevel> requested = requested(settings);
        Optional<LogLevel> lambda = config.lambdaLogLevel();
        LogLevel level = requested.or(() -> lambda).orElse(DEFAULT);
        if (config.lambdaLogFormat() == LogFormat.JSON && lambda.isPresent() && !level.isAtLeast(lambda.get())) {
            settings.diagnostics().warnOnce("logging.level-below-lambda", EnvironmentVariables.LOG_LEVEL + "="
                    + level + " is below " + EnvironmentVariables.LAMBDA_LOG_LEVEL + "=" + lambda.get()
                    + ": Lambda drops lines below " + lambda.get() + " in its JSON log format; logging at "
                    + lambda.get() + " instead");
            return lambda.get();
        }
        return level;
    }

    private static Optional<LogLevel> requested(Settings settings) {
        return settings.level(EnvironmentVariables.LOG_LEVEL);
    }
}
