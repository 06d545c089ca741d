package dev.lambdaobs.benchmarks.jmh.ours;

import dev.lambdaobs.benchmarks.jmh.NullStdout;
import dev.lambdaobs.logging.LoggingStep;
import dev.lambdaobs.logging.log4j.slf4j.LambdaSlf4jProvider;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.slf4j.Logger;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * One SLF4J call inside a warm invocation through powertools-logging's SLF4J provider ({@code ours*})
 * and through Log4j's {@code log4j-slf4j2-impl} ({@code log4jBinding*}), which ours replaces, over the
 * same Log4j configuration. Both providers are made here rather than found by SLF4J, so the jar may
 * hold both. {@code plain*}: {@code log.info("Order placed {}", id)}, the call libraries make;
 * {@code fluent*}: {@code log.atInfo().addKeyValue("order_id", id).log("Order placed")}.
 * Not final: JMH subclasses it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OursSlf4jBenchmark {
    private Logger ours;
    private Logger log4jBinding;

    @Setup
    public void beginInvocation() {
        NullStdout.install();
        LoggingStep.fromEnvironment().begin(WarmInvocation.current());
        ours = logger(new LambdaSlf4jProvider());
        log4jBinding = logger(new org.apache.logging.slf4j.SLF4JServiceProvider());
    }

    private static Logger logger(SLF4JServiceProvider provider) {
        provider.initialize();
        return provider.getLoggerFactory().getLogger(OursSlf4jBenchmark.class.getName());
    }

    @Benchmark
    public void plainOurs() {
        ours.info("Order placed {}", "api-1");
    }

    @Benchmark
    public void plainLog4jBinding() {
        log4jBinding.info("Order placed {}", "api-1");
    }

    @Benchmark
    public void fluentOurs() {
        ours.atInfo().addKeyValue("order_id", "api-1").log("Order placed");
    }

    @Benchmark
    public void fluentLog4jBinding() {
        log4jBinding.atInfo().addKeyValue("order_id", "api-1").log("Order placed");
    }
}
