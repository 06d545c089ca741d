package dev.lambdaobs.benchmarks.jmh.raw;

import dev.lambdaobs.benchmarks.jmh.NullStdout;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.cloudwatchlogs.emf.environment.Environment;
import software.amazon.cloudwatchlogs.emf.environment.LambdaEnvironment;
import software.amazon.cloudwatchlogs.emf.logger.MetricsLogger;
import software.amazon.cloudwatchlogs.emf.model.DimensionSet;
import software.amazon.cloudwatchlogs.emf.model.Unit;

/**
 * The floor for one EMF flush: aws-embedded-metrics used directly, 10 metrics under 2 dimensions, one
 * {@link MetricsLogger} per flush as in a Lambda invocation. Not final: JMH subclasses {@code @State} classes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RawEmfFlushBenchmark {
    /** The 10 metric names every EMF flush benchmark records. */
    public static final String[] METRICS = {"OrdersPlaced", "OrderAmount", "ItemsPerOrder", "PaymentLatency",
        "StockChecks", "CacheHits", "CacheMisses", "Retries", "PayloadBytes", "DiscountsApplied"};
    private Environment environment;

    @Setup
    public void configure() {
        NullStdout.install();
        environment = new LambdaEnvironment();
    }

    @Benchmark
    public void flush() {
        MetricsLogger metrics = new MetricsLogger(environment);
        metrics.setNamespace("LambdaObsBench");
        metrics.setDimensions(DimensionSet.of("Service", "orders", "FunctionName", "bench-orders"));
        for (int i = 0; i < METRICS.length; i++) {
            metrics.putMetric(METRICS[i], i + 0.5, Unit.COUNT);
        }
        metrics.flush();
    }
}
