package dev.lambdaobs.core.invocation;

import com.amazonaws.services.lambda.runtime.Context;
import dev.lambdaobs.core.config.EnvironmentVariables;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Finds the current invocation's X-Ray trace header, first match wins:
 * <ol>
 *   <li>{@code Context.getXrayTraceId()};</li>
 *   <li>the AWS SDK's internal thread-local, which the runtime sets per thread under Lambda
 *       multi-concurrency (read only when {@code utils-lite} is on the class path);</li>
 *   <li>the {@code _X_AMZN_TRACE_ID} environment variable;</li>
 *   <li>the system property {@code com.amazonaws.xray.traceHeader}, set by the Java 17+ runtimes.</li>
 * </ol>
 *
 * <pre>{@code
 * Optional<TraceHeader> header = TraceHeaderLookup.system().find(context);
 * }</pre>
 */
public final class TraceHeaderLookup {
    /** The system property the Java 17+ runtimes set for each invocation. */
    public static final String TRACE_HEADER_PROPERTY = "com.amazonaws.xray.traceHeader";
    /** The key of the AWS SDK's internal thread-local that carries the trace header per thread. */
    public static final String THREAD_LOCAL_KEY = "AWS_LAMBDA_X_TRACE_ID";

    private static final TraceHeaderLookup SYSTEM = new TraceHeaderLookup(System::getenv, System::getProperty);

    private final UnaryOperator<String> env;
    private final UnaryOperator<String> properties;

    private TraceHeaderLookup(UnaryOperator<String> env, UnaryOperator<String> properties) {
        this.env = Objects.requireNonNull(env, "env");
        this.properties = Objects.requireNonNull(properties, "properties");
    }

    /** Reads the live process environment and system properties. */
    public static TraceHeaderLookup system() {
        return SYSTEM;
    }

    /** Reads the given sources instead of the process' (tests pass {@code Map::get}). */
    public static TraceHeaderLookup of(UnaryOperator<String> env, UnaryOperator<String> properties) {
        return new TraceHeaderLookup(env, properties);
    }

    /** The raw header text from the first source that has one. */
    public Optional<String> findRaw(Context context) {
        return firstNonBlank(
                fromContext(context),
                SdkThreadLocal.get(THREAD_LOCAL_KEY),
                env.apply(EnvironmentVariables.TRACE_ID),
                properties.apply(TRACE_HEADER_PROPERTY));
    }

    /** The parsed header from the first source that has one; empty when none or when it is malformed. */
    public Optional<TraceHeader> find(Context context) {
        return findRaw(context).flatMap(TraceHeader::parse);
    }

    private static String fromContext(Context context) {
        if (context == null) {
            return null;
        }
        try {
            return context.getXrayTraceId();
        } catch (RuntimeException | AbstractMethodError e) {
            return null;
        }
    }

    private static Optional<String> firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
