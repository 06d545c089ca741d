package dev.lambdaobs.benchmarks.jmh;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.lambdaobs.benchmarks.launcher.InvocationRing;
import dev.lambdaobs.benchmarks.launcher.Invocations;
import dev.lambdaobs.benchmarks.launcher.Launcher;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Warm cost of one invocation of a variant's handler (after its cold invocation), stdout discarded, each
 * invocation with its own request id and trace header as the runtime publishes them. Not final: JMH
 * generates a subclass of every {@code @State} class.
 *
 * <p>Run: {@code java -cp jmh-warm.jar:variant.jar org.openjdk.jmh.Main WarmInvocation -p handlerClass=<class>}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WarmInvocationBenchmark {
    @Param("")
    public String handlerClass;

    private RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler;
    private InvocationRing ring;

    @Setup
    public void coldInvocation() throws ReflectiveOperationException {
        // Before the handler class loads: logging libraries capture System.out when they initialize.
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        handler = Launcher.load(handlerClass);
        Invocations.publishTraceHeader(Invocations.traceHeader(0));
        handler.handleRequest(Invocations.event(0), Invocations.context(0));
        ring = new InvocationRing(256);
    }

    @Benchmark
    public APIGatewayProxyResponseEvent invoke() {
        return ring.invoke(handler);
    }
}
