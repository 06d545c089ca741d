package dev.lambdaobs.logging;

import dev.lambdaobs.core.config.LogLevel;
import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.invocation.ColdStart;
import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.pipeline.ObservationStep;
import dev.lambdaobs.core.pipeline.StepScope;
import dev.lambdaobs.logging.backend.LoggingBackend;
import dev.lambdaobs.logging.backend.LoggingBackends;
import dev.lambdaobs.core.snapstart.RandomSource;
import dev.lambdaobs.logging.context.LiveContexts;
import dev.lambdaobs.logging.context.LogBuffer;
import dev.lambdaobs.logging.context.LogContext;
import dev.lambdaobs.logging.event.CorrelationIdExtractor;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * Structured logging as an {@link ObservationStep}: for each invocation it attaches the invocation's
 * log context (so every line carries its request id, cold start, trace id and correlation id),
 * decides debug sampling, finds the correlation id, logs the event, response and error as asked,
 * buffers low-level lines, and restores the thread's MDC afterwards. The lines are written by the
 * logging backend on the class path ({@code powertools-logging-log4j} or {@code powertools-logging-logback}).
 *
 * <pre>{@code
 * Observability observability = Observability.builder()
 *         .step(LoggingStep.fromEnvironment())
 *         .build();
 * RequestHandler<Order, Receipt> handler = observability.decorate(new PlaceOrder()); // PlaceOrder implements RequestHandler<Order, Receipt>
 *
 * // or with settings of your own:
 * LoggingStep step = LoggingStep.of(LoggingConfig.from(config).toBuilder()
 *         .logEvent(true).correlationIdPath(CorrelationIdPaths.API_GATEWAY_REST).build());
 * }</pre>
 *
 * <p>Thread-safe: one step serves any number of concurrent invocations.
 */
public final class LoggingStep implements ObservationStep {
    private final LoggingConfig config;
    private final LogLevel bufferLevel;
    private final LoggingBackend backend;
    private final CorrelationIdExtractor correlationIds;
    private final DoubleSupplier random;
    private final EventLogger eventLogger;

    private LoggingStep(LoggingConfig config, DoubleSupplier random) {
        this.config = Objects.requireNonNull(config, "config");
        this.random = Objects.requireNonNull(random, "random");
        this.bufferLevel = config.bufferLevel().orElse(null);
        this.correlationIds = config.correlationIdPath().map(CorrelationIdExtractor::compile).orElse(null);
        this.backend = LoggingBackends.current();
        this.eventLogger = new EventLogger(backend.logger(config.loggerName()), config);
    }

    /** A step configured from the process environment. */
    public static LoggingStep fromEnvironment() {
        return of(LoggingConfig.from(PowertoolsConfig.fromEnvironment()));
    }

    /**
     * A step with the given configuration.
     *
     * @throws IllegalArgumentException when the correlation id path is not valid JMESPath
     * @throws IllegalStateException    when there is no logging backend, or more than one, on the class path
     */
    public static LoggingStep of(LoggingConfig config) {
        // Drawn apart in each environment restored from one SnapStart snapshot.
        RandomSource random = RandomSource.of(ColdStart.process());
        return new LoggingStep(config, random::nextDouble);
    }

    /** A step drawing debug sampling decisions from {@code random} (values in [0, 1)); for tests. */
    public static LoggingStep of(LoggingConfig config, DoubleSupplier random) {
        return new LoggingStep(config, random);
    }

    public LoggingConfig config() {
        return config;
    }

    @Override
    public String name() {
        return "LoggingStep";
    }

    @Override
    public StepScope begin(Invocation invocation) {
        double rate = config.samplingRate();
        boolean sampled = rate > 0 && random.getAsDouble() < rate;
        LogBuffer buffer = bufferLevel == null ? null : new LogBuffer(config.bufferMaxLines());
        LogContext context = new LogContext(invocation, config.level(), sampled, rate, bufferLevel, buffer,
                config.location());
        Map<String, String> savedState = config.clearState() ? backend.threadContext() : null;
        Invocation.Scope attached = context.attach();
        eventLogger.begin(invocation, correlationIds);
        if (invocation.priming()) {
            eventLogger.priming(config.level());
        }
        // Only with a buffer is there anything for another thread to find (PowertoolsLogging.flushBuffer).
        Invocation.Scope registered = buffer == null ? null : LiveContexts.register(context);
        return new LoggingScope(invocation, context, attached, registered, savedState, eventLogger, backend,
                config.flushBufferOnError());
    }
}
