package dev.lambdaobs.benchmarks.jmh.ours;

import dev.lambdaobs.benchmarks.launcher.BenchContext;
import dev.lambdaobs.benchmarks.launcher.Invocations;
import dev.lambdaobs.core.config.PowertoolsConfig;
import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.invocation.InvocationFacts;
import dev.lambdaobs.core.invocation.TraceHeaderLookup;
import java.time.Instant;

/**
 * A warm (not cold-start) invocation made current on the calling thread, as our pipeline would during a
 * handler call, so a micro benchmark measures one log event or one flush inside an invocation.
 */
final class WarmInvocation {
    private WarmInvocation() {
    }

    static Invocation current() {
        BenchContext context = Invocations.context(1);
        Invocations.publishTraceHeader(context.getXrayTraceId());
        PowertoolsConfig config = PowertoolsConfig.fromEnvironment();
        Invocation invocation = new Invocation(Invocations.event(1), context, config,
                InvocationFacts.of(context, config, TraceHeaderLookup.system()), false, Instant.now(), System::nanoTime);
        invocation.makeCurrent();
        return invocation;
    }
}
