package dev.lambdaobs.benchmarks.jmh.ours;

import static dev.lambdaobs.logging.StructuredArguments.entry;

import dev.lambdaobs.benchmarks.jmh.NullStdout;
import dev.lambdaobs.logging.LoggingStep;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One log event through powertools-logging inside a warm invocation (its LoggingStep begun on this thread),
 * with its own Log4j2 configuration. {@code logEvent} puts the two custom keys in the ThreadContext once, as
 * the raw benchmark does (the like-for-like figure); {@code logEventWithEntries} passes them as
 * {@code StructuredArguments.entry(..)} on every call, the documented API. Not final: JMH subclasses it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OursLogEventBenchmark {
    private Logger logger;

    @Setup
    public void beginInvocation() {
        NullStdout.install();
        LoggingStep.fromEnvironment().begin(WarmInvocation.current());
        logger = LogManager.getLogger(OursLogEventBenchmark.class);
        ThreadContext.put("order_id", "api-1");
        ThreadContext.put("customer_id", "c-42");
    }

    @Benchmark
    public void logEvent() {
        logger.info("Order placed");
    }

    @Benchmark
    public void logEventWithEntries() {
        logger.info("Order placed", entry("order_id", "api-1"), entry("customer_id", "c-42"));
    }
}
