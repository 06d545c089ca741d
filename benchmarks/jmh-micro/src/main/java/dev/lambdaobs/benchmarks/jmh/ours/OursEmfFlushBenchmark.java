package dev.lambdaobs.benchmarks.jmh.ours;

import dev.lambdaobs.benchmarks.jmh.NullStdout;
import dev.lambdaobs.benchmarks.jmh.raw.RawEmfFlushBenchmark;
import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.pipeline.StepScope;
import dev.lambdaobs.metrics.MetricUnit;
import dev.lambdaobs.metrics.MetricsRecorder;
import dev.lambdaobs.metrics.MetricsStep;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One EMF flush through powertools-metrics, as a handler does it: the metrics step begins a (warm) invocation,
 * the handler records 10 metrics under the {@code Service} default dimension plus {@code FunctionName}, and
 * the step writes them when the invocation ends. Not final: JMH subclasses it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OursEmfFlushBenchmark {
    private MetricsStep step;
    private Invocation invocation;

    @Setup
    public void configure() {
        NullStdout.install();
        step = MetricsStep.fromEnvironment();
        invocation = WarmInvocation.current();
    }

    @Benchmark
    public void flush() {
        StepScope scope = step.begin(invocation);
        MetricsRecorder metrics = MetricsRecorder.current().dimension("FunctionName", "bench-orders");
        for (int i = 0; i < RawEmfFlushBenchmark.METRICS.length; i++) {
            metrics.add(RawEmfFlushBenchmark.METRICS[i], i + 0.5, MetricUnit.COUNT);
        }
        scope.onSuccess(null);
        scope.end();
    }
}
