package dev.lambdaobs.benchmarks.jmh.raw;

import dev.lambdaobs.benchmarks.jmh.NullStdout;
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
 * The floor for one log event: Log4j2 JsonTemplateLayout writing the variants' fields (Lambda context fields
 * and two custom keys in the ThreadContext, set once per invocation, so not part of one event's cost).
 * Not final: JMH subclasses {@code @State} classes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RawLogEventBenchmark {
    private Logger logger;

    @Setup
    public void configure() {
        NullStdout.install();
        System.setProperty("log4j2.configurationFile", "raw-log4j2.xml");
        logger = LogManager.getLogger(RawLogEventBenchmark.class);
        ThreadContext.put("cold_start", "false");
        ThreadContext.put("function_name", "bench-orders");
        ThreadContext.put("function_version", "$LATEST");
        ThreadContext.put("function_arn", "arn:aws:lambda:eu-west-1:123456789012:function:bench-orders");
        ThreadContext.put("function_memory_size", "1024");
        ThreadContext.put("function_request_id", "c0ffee00-0000-4000-8000-000000000001");
        ThreadContext.put("service", "orders");
        ThreadContext.put("xray_trace_id", "1-6a000000-000000000000000000000001");
        ThreadContext.put("order_id", "api-1");
        ThreadContext.put("customer_id", "c-42");
    }

    @Benchmark
    public void logEvent() {
        logger.info("Order placed");
    }
}
