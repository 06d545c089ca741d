package dev.lambdaobs.core.diagnostics;

import dev.lambdaobs.core.output.LineSink;
import dev.lambdaobs.core.text.SafeText;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Where observability reports its own problems: a bad setting, a failed step, an unreachable daemon.
 * Each distinct problem is reported once, so a failure on every invocation never floods the logs.
 *
 * <pre>{@code
 * Diagnostics diagnostics = Diagnostics.to(System.err::println);
 * diagnostics.warnOnce("config.POWERTOOLS_LOGGER_SAMPLE_RATE", "sample rate 'x' is not a number; using 0");
 * }</pre>
 *
 * <p>Thread-safe. Reporting never throws: a sink that fails is ignored.
 */
public final class Diagnostics {
    /** Each report is one whole line on standard error, written in one call like every lambdaobs line. */
    private static final Diagnostics STDERR = new Diagnostics(LineSink.stderr()::writeLine);

    private final Consumer<String> sink;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    private Diagnostics(Consumer<String> sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** The process' standard error, shared so that "once" means once per process. */
    public static Diagnostics stderr() {
        return STDERR;
    }

    /** A diagnostics instance writing to the given sink (tests collect lines in a list). */
    public static Diagnostics to(Consumer<String> sink) {
        return new Diagnostics(sink);
    }

    /**
     * Reports {@code message} unless a problem with the same {@code key} was reported before.
     *
     * @return true when this call reported it
     */
    public boolean warnOnce(String key, String message) {
        if (!reported.add(key)) {
            return false;
        }
        emit("[lambdaobs] WARN " + message);
        return true;
    }

    /** Reports a failure of an observability step once per step and exception type. */
    public boolean failureOnce(String where, Throwable failure) {
        String key = where + '|' + failure.getClass().getName();
        if (!reported.add(key)) {
            return false;
        }
        emit("[lambdaobs] ERROR " + where + " failed and was skipped; the handler is unaffected: "
                + SafeText.describe(failure));
        return true;
    }

    private void emit(String line) {
        try {
            sink.accept(line);
        } catch (RuntimeException | Error ignored) {
            // Reporting must never break the caller; there is nowhere left to report to.
        }
    }
}
